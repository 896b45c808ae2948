//! Texts of the roster import's later steps: the sheet choice, the column mapping, what a newer
//! roster changes. What is found and compared is the core's (`gongzhi_core::registry::roster`).

use super::lang::Lang;
use super::registry::column_name;
use super::units::thousands;
use gongzhi_core::registry::roster::{Applied, Column, FileColumn};

/// `第 2 行：` / `Line 2: ` before a form row's problem.
pub fn line_prefix(lang: Lang, line: usize) -> String {
    match lang {
        Lang::Zh => format!("第 {line} 行："),
        Lang::En => format!("Line {line}: "),
    }
}

/// Why a roster file cannot be imported at all.
pub fn roster_error_text(
    lang: Lang,
    error: &gongzhi_core::registry::roster::RosterError,
) -> String {
    use gongzhi_core::registry::roster::{Mapped, Misfit, RosterError};
    let mapped_name = |m: &Mapped| match (lang, m) {
        (_, Mapped::Field(c)) => column_name(lang, *c),
        (Lang::Zh, Mapped::CombinedFlat) => "房屋编号",
        (Lang::En, Mapped::CombinedFlat) => "flat number (房屋编号)",
    };
    match error {
        RosterError::Empty if lang == Lang::Zh => "文件是空的。".into(),
        RosterError::Empty => "The file is empty.".into(),
        RosterError::MissingColumns { line, columns } => {
            let names: Vec<&str> = columns.iter().map(|c| column_name(lang, *c)).collect();
            match lang {
                Lang::Zh => format!("第 {line} 行的表头缺少这些列：{}。", names.join("、")),
                Lang::En => format!(
                    "The header (line {line}) lacks these columns: {}.",
                    names.join(", ")
                ),
            }
        }
        RosterError::Misfit(Misfit::NoHeaderRow { line }) => match lang {
            Lang::Zh => format!("文件没有第 {line} 行，无法按记住的列对应读取。"),
            Lang::En => {
                format!("The file has no line {line}; the remembered columns do not fit it.")
            }
        },
        RosterError::Misfit(Misfit::ColumnOutOfRange {
            mapped,
            index,
            columns,
        }) => match lang {
            Lang::Zh => format!(
                "“{}”对应第 {} 列，但表头只有 {columns} 列。",
                mapped_name(mapped),
                index + 1
            ),
            Lang::En => format!(
                "{} is set to column {}, but the header has only {columns} columns.",
                mapped_name(mapped),
                index + 1
            ),
        },
        RosterError::Misfit(Misfit::HeaderChanged {
            mapped,
            index,
            expected,
            found,
        }) => match lang {
            Lang::Zh => format!(
                "“{}”对应的第 {} 列表头原为“{expected}”，现在是“{found}”。",
                mapped_name(mapped),
                index + 1
            ),
            Lang::En => format!(
                "column {} for {} was headed “{expected}” and is now “{found}”.",
                index + 1,
                mapped_name(mapped)
            ),
        },
    }
}

/// One line's problem: `第 4 行：面积“abc”不是数字。`
/// `heading` is the file's own heading of a field's column, where it has one.
pub fn line_problem_text<'a>(
    lang: Lang,
    line: usize,
    problem: &gongzhi_core::registry::roster::LineProblem,
    heading: impl Fn(gongzhi_core::registry::roster::Column) -> Option<&'a str>,
) -> String {
    use gongzhi_core::registry::roster::LineProblem as P;
    let what = match (lang, problem) {
        (Lang::Zh, P::FieldCount { expected, found }) if found > expected => {
            format!("应有 {expected} 列，却有 {found} 列（数字中的逗号要加引号）。")
        }
        (Lang::Zh, P::FieldCount { expected, found }) => {
            format!("应有 {expected} 列，只有 {found} 列。")
        }
        (Lang::En, P::FieldCount { expected, found }) if found > expected => {
            format!("{found} fields where {expected} are expected (quote numbers with commas).")
        }
        (Lang::En, P::FieldCount { expected, found }) => {
            format!("{found} fields where {expected} are expected.")
        }
        (Lang::Zh, P::BadFlat(t)) => {
            format!("房屋编号“{t}”不是“楼栋-单元-房号”（如 1-1-101 或 1栋1单元101室）。")
        }
        (Lang::En, P::BadFlat(t)) => {
            format!("the flat “{t}” is not building-unit-room (such as 1-1-101 or 1栋1单元101室).")
        }
        (Lang::Zh, P::Missing(c)) => match heading(*c) {
            Some(h) => format!("“{h}”一栏是空的。"),
            None => format!("“{}”是空的。", column_name(lang, *c)),
        },
        (Lang::En, P::Missing(c)) => match heading(*c) {
            Some(h) => format!("the column “{h}” is empty."),
            None => format!("{} is empty.", column_name(lang, *c)),
        },
        (Lang::Zh, P::BadArea(t)) => format!("面积“{t}”不是大于零、最多两位小数的数字。"),
        (Lang::En, P::BadArea(t)) => {
            format!("the area “{t}” is not a number above zero with at most two decimals.")
        }
        (Lang::Zh, P::BadAreaSource(t)) => format!("面积依据“{t}”应为不动产登记、实测或合同。"),
        (Lang::En, P::BadAreaSource(t)) => {
            format!("the area source “{t}” must be 不动产登记, 实测 or 合同.")
        }
        (Lang::Zh, P::BadResidents(t)) => format!("居住人数“{t}”不是整数。"),
        (Lang::En, P::BadResidents(t)) => format!("residents “{t}” is not a whole number."),
        (Lang::Zh, P::OwnersAndIdsDiffer { names, ids }) => {
            format!("业主姓名有 {names} 个，证件号码有 {ids} 个，数量应一致（用“、”等分隔）。")
        }
        (Lang::En, P::OwnersAndIdsDiffer { names, ids }) => {
            format!("{names} owner names but {ids} ID numbers; they must pair up (joined by 、 or the like).")
        }
        (Lang::Zh, P::Duplicate { label, first_line }) => {
            format!("房号 {label} 与第 {first_line} 行重复。")
        }
        (Lang::En, P::Duplicate { label, first_line }) => {
            format!("flat {label} repeats line {first_line}.")
        }
        (Lang::Zh, P::UnclosedQuote) => "引号没有闭合，这一行及之后的内容无法读取。".into(),
        (Lang::En, P::UnclosedQuote) => {
            "a quote is never closed; this line and the rest cannot be read.".into()
        }
    };
    format!("{}{what}", line_prefix(lang, line))
}

/// A sheet to choose: `业主名册（1,204 行）`.
pub fn sheet_choice_text(lang: Lang, name: &str, rows: usize) -> String {
    let n = thousands(rows as u64);
    match lang {
        Lang::Zh => format!("{name}（{n} 行）"),
        Lang::En => format!("{name} ({n} rows)"),
    }
}

/// A file column in the mapping step's drop-downs: its header and what it holds.
pub fn mapping_column_text(column: &FileColumn) -> String {
    let header = if column.header.trim().is_empty() {
        format!("#{}", column.index + 1)
    } else {
        column.header.trim().to_string()
    };
    if column.samples.is_empty() {
        header
    } else {
        format!("{header}：{}", column.samples.join(" / "))
    }
}

pub fn mapping_hint_text(lang: Lang, header_line: usize) -> String {
    match lang {
        Lang::Zh => format!(
            "文件第 {header_line} 行是表头，但有些必需的列没有认出来。请为每一项选出文件里对应的列（选项后面是该列的前几个值）。这台设备会记住这种表格的对应关系，下次同样格式的文件直接读取。"
        ),
        Lang::En => format!(
            "Line {header_line} of the file is its header, but some needed columns were not recognised. Choose the file's column for each (each option shows its first values). This device remembers the choice for the next file of the same shape."
        ),
    }
}

pub fn mapping_missing_text(lang: Lang, missing: &[Column]) -> String {
    let names: Vec<&str> = missing.iter().map(|c| column_name(lang, *c)).collect();
    match lang {
        Lang::Zh => format!("还需要选择：{}。", names.join("、")),
        Lang::En => format!("Still to choose: {}.", names.join(", ")),
    }
}

/// A totals row the import left out: `第 4,682 行是合计行，未导入。`
pub fn totals_left_out_text(lang: Lang, lines: &[usize]) -> String {
    let lines: Vec<String> = lines.iter().map(|l| thousands(*l as u64)).collect();
    match lang {
        Lang::Zh => format!("第 {} 行是合计行，未导入。", lines.join("、")),
        Lang::En => format!("Line {} is a totals row and is left out.", lines.join(", ")),
    }
}

/// One group of a newer roster's changes, with its count.
pub fn change_group_text(lang: Lang, group: &str, count: usize) -> String {
    let n = thousands(count as u64);
    match (lang, group) {
        (Lang::Zh, "new") => format!("新增 {n} 户"),
        (Lang::Zh, "owners") => format!("业主变更 {n} 户"),
        (Lang::Zh, "areas") => format!("面积更正 {n} 户"),
        (Lang::Zh, _) => format!("居住人数变化 {n} 户"),
        (Lang::En, "new") => format!("{n} new flats"),
        (Lang::En, "owners") => format!("owners changed in {n} flats"),
        (Lang::En, "areas") => format!("area corrected in {n} flats"),
        (Lang::En, _) => format!("residents changed in {n} flats"),
    }
}

pub fn unchanged_text(lang: Lang, count: usize) -> String {
    let n = thousands(count as u64);
    match lang {
        Lang::Zh => format!("{n} 户与名册一致，不变。"),
        Lang::En => format!("{n} flats match the register and stay as they are."),
    }
}

pub fn missing_flats_text(lang: Lang, count: usize) -> String {
    let n = thousands(count as u64);
    match lang {
        Lang::Zh => format!("名册中有 {n} 户不在这个文件里：它们保留在名册中，不会删除。"),
        Lang::En => format!(
            "{n} registered flats are not in this file: they stay in the register and are not removed."
        ),
    }
}

/// What a confirmed import recorded.
pub fn applied_text(lang: Lang, done: &Applied) -> String {
    let (h, c) = (
        thousands(done.households as u64),
        thousands(done.changed as u64),
    );
    match (lang, done.households, done.changed) {
        (Lang::Zh, _, 0) => format!("已导入 {h} 户。"),
        (Lang::Zh, 0, _) => format!("已更新 {c} 户。"),
        (Lang::Zh, _, _) => format!("已导入 {h} 户，更新 {c} 户。"),
        (Lang::En, _, 0) => format!("Imported {h} households."),
        (Lang::En, 0, _) => format!("Updated {c} households."),
        (Lang::En, _, _) => format!("Imported {h} households and updated {c}."),
    }
}

/// An area with where it comes from: `89.50 ㎡（不动产登记）`; empty when none is known.
pub fn area_figures_text(lang: Lang, area: &gongzhi_core::model::AreaFigures) -> String {
    match area.counted() {
        Some((a, source)) => match lang {
            Lang::Zh => format!(
                "{}（{}）",
                super::units::square_metres(a),
                super::registry::area_source_name(source).text(lang)
            ),
            Lang::En => format!(
                "{} ({})",
                super::units::square_metres(a),
                super::registry::area_source_name(source).text(lang)
            ),
        },
        None => String::new(),
    }
}
