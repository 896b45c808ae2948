//! A small horizontal bar chart in plain HTML: no chart library, nothing to download. Each row
//! is a label and its figure, wrapping as text does, above a bar. SVG text neither followed the
//! large-text setting nor wrapped a long vote title, and a chart drawn as one image hid its
//! figures from screen readers; here they are read as the list they are.

use leptos::prelude::*;

#[derive(Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: u64,
    /// The figure written beside the bar, already formatted ("12 / 37", "34,500.00 元").
    pub text: String,
}

/// How long a bar is: a share of the longest, in tenths of a percent (no float in a figure).
fn width(value: u64, max: u64) -> String {
    let per_mille = value.min(max) * 1_000 / max.max(1);
    format!("{}.{}%", per_mille / 10, per_mille % 10)
}

/// `summary` names the chart for a screen reader, before its rows.
#[component]
pub fn BarChart(bars: Vec<Bar>, max: u64, summary: String, id: &'static str) -> impl IntoView {
    view! {
        <ul class="bar-chart" id=id aria-label=summary>
            {bars
                .into_iter()
                .map(|bar| {
                    view! {
                        <li class="bar">
                            <span class="bar-label">{bar.label}</span>
                            <span class="bar-figure">{bar.text}</span>
                            // A zero keeps a sliver (min-width in the stylesheet), so the track
                            // still shows where its bar would be.
                            <span class="bar-track" aria-hidden="true">
                                <span class="bar-fill" style:width=width(bar.value, max)></span>
                            </span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

#[cfg(test)]
mod tests {
    use super::width;

    #[test]
    fn a_bar_is_its_share_of_the_longest_in_tenths_of_a_percent() {
        assert_eq!(width(81, 1_000), "8.1%");
        assert_eq!(width(36_000, 36_000), "100.0%");
        assert_eq!(width(0, 0), "0.0%");
        // Over the scale (a vote's turnout above its eligible count) stays a full bar.
        assert_eq!(width(5, 3), "100.0%");
        assert_eq!(width(1, 3), "33.3%");
    }
}
