//! Flats as people type them. A resident at a kiosk, a clerk copying from a paper slip and a
//! property company's spreadsheet all write the same flat differently: full-width digits from a
//! Chinese input method (`１－１－２０１`), the spoken form (`1栋1单元202室`), a dash of another
//! width. The register keeps one form, `building-unit-room` with bare numbers, and every lookup
//! reduces what was typed to it first, so no flat is "not found" for how it was written.

/// Full-width ASCII (`１`, `Ａ`, `－`) and the ideographic space to their ASCII forms, and every
/// dash-like character to `-`. `一` is left alone: it is also the digit one, and `一单元` must not
/// become `-单元`.
pub fn fold_width(typed: &str) -> String {
    typed
        .chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' | '\u{30FC}' => '-',
            c => c,
        })
        .collect()
}

/// Words people put after a building's number: `1栋`, `2号楼`, `3幢`, `4座`.
pub const BUILDING_SUFFIXES: &[&str] = &["号楼", "栋", "幢", "座", "楼"];
/// After a unit's number: `1单元`.
pub const UNIT_SUFFIXES: &[&str] = &["单元"];
/// After a room's number: `202室`, `202号`, `202房`.
pub const ROOM_SUFFIXES: &[&str] = &["室", "号", "房"];

/// `1栋` -> `1`: one part of a flat with its width folded and its suffix word dropped. A part that
/// is only the suffix word is kept as it is.
pub fn bare(part: &str, suffixes: &[&str]) -> String {
    let part = fold_width(part);
    let part = part.trim();
    suffixes
        .iter()
        .find_map(|s| part.strip_suffix(s))
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .unwrap_or(part)
        .to_string()
}

/// A typed flat in the register's form: `１－１－２０１`, `1 - 1 - 201`, `1栋1单元201室` and
/// `1号楼-1单元-201` all become `1-1-201`. Text that is neither form comes back folded and
/// trimmed, so it can still match a label the register holds verbatim.
pub fn normalise_label(typed: &str) -> String {
    let folded = fold_width(typed);
    let text: String = folded.chars().filter(|c| !c.is_whitespace()).collect();
    let parts: Vec<&str> = text.split('-').collect();
    if let [building, unit, room] = parts.as_slice() {
        return join(building, unit, room);
    }
    if let Some((building, rest)) = split_after(&text, BUILDING_SUFFIXES) {
        if let Some((unit, room)) = split_after(rest, UNIT_SUFFIXES) {
            return join(building, unit, room);
        }
    }
    text
}

fn join(building: &str, unit: &str, room: &str) -> String {
    crate::model::flat_label(
        &bare(building, BUILDING_SUFFIXES),
        &bare(unit, UNIT_SUFFIXES),
        &bare(room, ROOM_SUFFIXES),
    )
}

/// `("1", "1单元202室")` from `1栋1单元202室`: the text before the first suffix word, and after it.
fn split_after<'a>(text: &'a str, suffixes: &[&str]) -> Option<(&'a str, &'a str)> {
    suffixes
        .iter()
        .filter_map(|s| text.find(s).map(|at| (at, s.len())))
        .min()
        .filter(|(at, _)| *at > 0)
        .map(|(at, len)| (&text[..at], &text[at + len..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_and_other_dashes_fold_to_ascii() {
        assert_eq!(fold_width("１－１－２０１"), "1-1-201");
        assert_eq!(fold_width("ＡＢ１２\u{3000}ｃｄ"), "AB12 cd");
        assert_eq!(fold_width("1—1–201"), "1-1-201");
        assert_eq!(fold_width("一单元"), "一单元");
    }

    #[test]
    fn every_way_of_writing_a_flat_gives_the_register_form() {
        for typed in [
            "1-1-202",
            " 1-1-202 ",
            "１－１－２０２",
            "1 - 1 - 202",
            "1栋1单元202",
            "1栋1单元202室",
            "１栋１单元２０２室",
            "1号楼1单元202号",
            "1 栋 1 单元 202 室",
            "1栋-1单元-202",
            "1幢1单元202",
        ] {
            assert_eq!(normalise_label(typed), "1-1-202", "{typed:?}");
        }
        assert_eq!(normalise_label("12号楼3单元1501"), "12-3-1501");
    }

    #[test]
    fn what_is_not_a_flat_stays_as_typed_without_its_spaces() {
        assert_eq!(normalise_label("2A-1-101"), "2A-1-101");
        assert_eq!(normalise_label("东区 1 号"), "东区1号");
        assert_eq!(normalise_label("栋单元"), "栋单元");
        assert_eq!(normalise_label(""), "");
    }

    #[test]
    fn a_part_that_is_only_a_suffix_word_is_kept() {
        assert_eq!(bare("栋", BUILDING_SUFFIXES), "栋");
        assert_eq!(bare(" ３号楼 ", BUILDING_SUFFIXES), "3");
        assert_eq!(bare("1单元", UNIT_SUFFIXES), "1");
    }
}
