//! A small horizontal bar chart drawn as inline SVG: no chart library, nothing to download,
//! and it prints. Each row is a label above a bar, with its figure at the right.

use leptos::prelude::*;

#[derive(Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: u64,
    /// The figure written beside the bar, already formatted ("12 / 37", "34,500.00 元").
    pub text: String,
}

const WIDTH: u64 = 320;
const ROW: u64 = 38;

/// `summary` is what a screen reader hears for the whole chart.
#[component]
pub fn BarChart(bars: Vec<Bar>, max: u64, summary: String, id: &'static str) -> impl IntoView {
    let height = ROW * bars.len() as u64;
    let max = max.max(1);
    let label = summary.clone();
    view! {
        <svg class="bar-chart" id=id viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-label=label
            preserveAspectRatio="xMinYMin meet">
            <title>{summary}</title>
            {bars
                .into_iter()
                .enumerate()
                .map(|(i, bar)| {
                    let y = ROW * i as u64;
                    // At least a sliver, so a zero still shows where its bar would be.
                    let w = (bar.value.min(max) * WIDTH / max).max(2);
                    view! {
                        <g class="bar">
                            <text x="0" y=(y + 13).to_string() class="bar-label">{bar.label}</text>
                            <text x=WIDTH.to_string() y=(y + 13).to_string() class="bar-figure" text-anchor="end">{bar.text}</text>
                            <rect x="0" y=(y + 18).to_string() width=WIDTH.to_string() height="12" rx="3" class="bar-track"></rect>
                            <rect x="0" y=(y + 18).to_string() width=w.to_string() height="12" rx="3" class="bar-fill"></rect>
                        </g>
                    }
                })
                .collect_view()}
        </svg>
    }
}
