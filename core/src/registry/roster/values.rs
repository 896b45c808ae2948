//! Cell values as people type them into a roster: areas with units or full-width digits,
//! co-owners joined by whatever separator the office uses, and the totals rows spreadsheets end
//! with.

use super::columns::AREA_UNITS;
use super::{Column, LineProblem};
use crate::flat::fold_width;
use crate::model::{AreaFigures, AreaSource, OwnerIdentity, Ownership};
use crate::numbers::{parse_hundredths, CentiM2};

/// Between co-owners (and their ID numbers), after widths are folded: `、`, `，`/`,`, `/`, `；`/`;`.
const CO_OWNER_SEPARATORS: [char; 4] = ['、', ',', '/', ';'];

/// Words that make a row the file's own sum rather than a flat.
const TOTAL_WORDS: [&str; 3] = ["合计", "总计", "小计"];

/// How many leading cells may carry the totals word: it sits in the first column or two, and a
/// name further right that happens to contain it must not hide a flat.
const TOTAL_CELLS: usize = 3;

/// The word that marks a developer-held flat in the owners' column.
pub const DEVELOPER: &str = "开发商";

fn people(cell: &str) -> Vec<String> {
    fold_width(cell)
        .split(CO_OWNER_SEPARATORS)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

pub(super) fn ownership(names: &str, ids: &str) -> Result<Ownership, LineProblem> {
    let names = people(names);
    if let [developer] = names.as_slice() {
        if developer.contains(DEVELOPER) {
            // `开发商：蓉城置业` (how the register exports one) names the company alone.
            let company = developer
                .strip_prefix(DEVELOPER)
                .map(|rest| rest.trim_start_matches([':', '：', ' ']))
                .filter(|rest| !rest.is_empty())
                .unwrap_or(developer);
            return Ok(Ownership::DeveloperHeld {
                developer: company.to_string(),
            });
        }
    }
    let ids = people(ids);
    if names.is_empty() {
        return Err(LineProblem::Missing(Column::OwnerNames));
    }
    // The register holds owners whose ID number nobody has yet (a blank cell): a blank column
    // is not a count that disagrees.
    let ids = if ids.is_empty() {
        vec![String::new(); names.len()]
    } else {
        ids
    };
    if names.len() != ids.len() {
        return Err(LineProblem::OwnersAndIdsDiffer {
            names: names.len(),
            ids: ids.len(),
        });
    }
    Ok(Ownership::Owners {
        owners: names
            .into_iter()
            .zip(ids)
            .map(|(name, masked_id)| OwnerIdentity { name, masked_id })
            .collect(),
    })
}

/// `89.5㎡`, `８９.５`, `89.50平方米`, `89.5 m²`: the figure without its unit.
fn square_metres(text: &str) -> Option<CentiM2> {
    let folded = fold_width(text);
    let bare = folded.trim();
    let bare = AREA_UNITS
        .iter()
        .find_map(|u| bare.strip_suffix(u))
        .unwrap_or(bare);
    parse_hundredths(bare)
        .ok()
        .filter(|&a| a > 0 && a <= CentiM2::LIMIT.0)
        .map(CentiM2)
}

/// The area and where it came from: the source cell when it says, else what the area column's
/// name implies (`实测面积`), else the property register.
pub(super) fn area(
    text: &str,
    source: &str,
    implied: Option<AreaSource>,
) -> Result<AreaFigures, LineProblem> {
    let m2 = square_metres(text).ok_or_else(|| LineProblem::BadArea(text.to_string()))?;
    let source = match fold_width(source).trim().to_lowercase().as_str() {
        "" => implied.unwrap_or(AreaSource::Registered),
        "不动产登记" | "登记" | "产权登记" | "registered" => AreaSource::Registered,
        "实测" | "测绘" | "surveyed" => AreaSource::Surveyed,
        // `sale contract` is how the app's English export names it.
        "合同" | "购房合同" | "预售合同" | "contract" | "sale contract" => {
            AreaSource::Contract
        }
        _ => return Err(LineProblem::BadAreaSource(source.to_string())),
    };
    Ok(with_figure(&AreaFigures::default(), source, m2))
}

/// `figures` with the one figure of `source` set to `m2`, the others kept.
pub(crate) fn with_figure(figures: &AreaFigures, source: AreaSource, m2: CentiM2) -> AreaFigures {
    let mut figures = figures.clone();
    match source {
        AreaSource::Registered => figures.registered = Some(m2),
        AreaSource::Surveyed => figures.surveyed = Some(m2),
        AreaSource::Contract => figures.contract = Some(m2),
    }
    figures
}

/// `3`, `３`, `3人`; an empty cell says nothing.
pub(super) fn residents(text: &str) -> Result<Option<u32>, LineProblem> {
    let folded = fold_width(text);
    match folded.trim().trim_end_matches('人').trim() {
        "" => Ok(None),
        n => n
            .parse()
            .map(Some)
            .map_err(|_| LineProblem::BadResidents(text.to_string())),
    }
}

/// A `合计` / `总计` / `小计` row: the file's own sum, not a flat.
pub(super) fn is_totals_row(cells: &[String]) -> bool {
    cells.iter().take(TOTAL_CELLS).any(|cell| {
        let cell: String = cell.chars().filter(|c| !c.is_whitespace()).collect();
        TOTAL_WORDS.iter().any(|w| cell.starts_with(w))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn areas_with_units_and_full_width_digits() {
        for typed in [
            "89.5㎡",
            "８９.５",
            "８９．５",
            "89.50平方米",
            "89.5 m²",
            "89.5m2",
            " 89.5 ",
        ] {
            assert_eq!(square_metres(typed), Some(CentiM2(8_950)), "{typed:?}");
        }
        for bad in ["", "㎡", "0", "-3", "89.555", "约90"] {
            assert_eq!(square_metres(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn co_owners_split_on_every_separator() {
        for typed in [
            "王伟、李娜",
            "王伟，李娜",
            "王伟,李娜",
            "王伟/李娜",
            "王伟;李娜",
            "王伟；李娜",
            " 王伟 、 李娜 ",
        ] {
            assert_eq!(people(typed), vec!["王伟", "李娜"], "{typed:?}");
        }
    }

    #[test]
    fn totals_rows_are_told_by_their_first_cells() {
        let row = |cells: &[&str]| cells.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        assert!(is_totals_row(&row(&["合 计", "", "", "", "4680"])));
        assert!(is_totals_row(&row(&["", "总计：", ""])));
        assert!(is_totals_row(&row(&["3", "小计"])));
        assert!(!is_totals_row(&row(&["1", "1", "101", "合计"])));
        assert!(!is_totals_row(&row(&["1", "1", "101", "王伟"])));
    }
}
