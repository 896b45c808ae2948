//! The columns a roster has, by the many names property offices give them. Headers are compared
//! in one normalised form ([`header_key`]), so `建筑面积（㎡）`, `建筑面积(平方米)` and
//! `建 筑 面 积` are one header.

use serde::{Deserialize, Serialize};

use crate::flat::fold_width;
use crate::model::AreaSource;

/// The fields the register takes from a roster.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Column {
    Building,
    Unit,
    Room,
    OwnerNames,
    OwnerIds,
    Area,
    AreaSource,
    Residents,
}

impl Column {
    /// Header names accepted for the field, in [`header_key`] form.
    pub fn headers(self) -> &'static [&'static str] {
        match self {
            Column::Building => &["楼栋", "楼号", "栋号", "幢号", "楼栋号", "楼宇", "building"],
            Column::Unit => &["单元", "单元号", "unit"],
            Column::Room => &["房号", "室号", "房间号", "门牌号", "room"],
            Column::OwnerNames => &[
                "业主姓名",
                "业主",
                "业主名称",
                "产权人",
                "产权人姓名",
                "户主",
                "owner",
                "owners",
            ],
            Column::OwnerIds => &[
                "证件号码",
                "证件号",
                "身份证号",
                "身份证号码",
                "idnumber",
                "maskedid",
            ],
            Column::Area => &[
                "建筑面积",
                "产权面积",
                "登记面积",
                "房屋面积",
                "实测面积",
                "测绘面积",
                "合同面积",
                "面积",
                "area",
            ],
            Column::AreaSource => &["面积依据", "面积来源", "面积类型", "areasource"],
            Column::Residents => &["居住人数", "人数", "常住人数", "residents"],
        }
    }

    /// Without these a line cannot become a household.
    pub const REQUIRED: [Column; 6] = [
        Column::Building,
        Column::Unit,
        Column::Room,
        Column::OwnerNames,
        Column::OwnerIds,
        Column::Area,
    ];
    pub const ALL: [Column; 8] = [
        Column::Building,
        Column::Unit,
        Column::Room,
        Column::OwnerNames,
        Column::OwnerIds,
        Column::Area,
        Column::AreaSource,
        Column::Residents,
    ];
    /// The fields a combined flat column (`1-1-101`) can stand in for.
    pub const FLAT: [Column; 3] = [Column::Building, Column::Unit, Column::Room];

    /// The field a header names, if any.
    pub fn of_header(key: &str) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.headers().contains(&key))
    }
}

/// Headers of one column holding the whole flat (`1-1-101`, `1栋1单元101室`).
pub const COMBINED_FLAT_HEADERS: &[&str] = &[
    "房屋编号",
    "房屋编码",
    "房产编号",
    "房屋地址",
    "房屋坐落",
    "坐落",
    "房屋位置",
    "户号",
    "flat",
    "address",
];

pub fn is_combined_flat(key: &str) -> bool {
    COMBINED_FLAT_HEADERS.contains(&key)
}

/// Units people append to an area's header or value.
pub(crate) const AREA_UNITS: &[&str] = &["平方米", "平米", "㎡", "m²", "m2"];

/// A header in the form it is compared in: widths folded, spaces gone, lower case, a required
/// marker (`*`) or colon dropped, and a trailing unit (`(㎡)`, `（平方米）`, `㎡`) cut off.
pub fn header_key(text: &str) -> String {
    let folded: String = fold_width(text)
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    let mut key = folded.trim_start_matches('*').trim_end_matches([':', '*']);
    for (open, close) in [('(', ')'), ('[', ']'), ('【', '】')] {
        if let Some(inner) = key.strip_suffix(close) {
            if let Some(at) = inner.rfind(open).filter(|&at| at > 0) {
                key = &key[..at];
            }
        }
    }
    AREA_UNITS
        .iter()
        .find_map(|u| key.strip_suffix(u))
        .filter(|k| !k.is_empty())
        .unwrap_or(key)
        .to_string()
}

/// The area source an area column's own name states: `实测面积` holds surveyed figures.
pub fn implied_area_source(key: &str) -> Option<AreaSource> {
    match key {
        "实测面积" | "测绘面积" => Some(AreaSource::Surveyed),
        "合同面积" => Some(AreaSource::Contract),
        "产权面积" | "登记面积" => Some(AreaSource::Registered),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_compare_without_spaces_widths_markers_and_units() {
        for h in [
            "建筑面积",
            "建筑面积(㎡)",
            "建筑面积（平方米）",
            " 建 筑 面 积 ",
            "*建筑面积：",
            "建筑面积㎡",
            "建筑面积【m2】",
        ] {
            assert_eq!(header_key(h), "建筑面积", "{h:?}");
        }
        assert_eq!(header_key("Masked ID"), "maskedid");
        assert_eq!(header_key("㎡"), "㎡");
    }

    #[test]
    fn every_alias_names_one_field_only() {
        for c in Column::ALL {
            for h in c.headers() {
                assert_eq!(Column::of_header(h), Some(c), "{h}");
                assert_eq!(header_key(h), *h, "aliases are stored normalised");
                assert!(!is_combined_flat(h), "{h}");
            }
        }
        assert_eq!(Column::of_header("业主电话"), None);
    }
}
