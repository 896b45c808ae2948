//! Texts of the roster import's later steps: the sheet choice, the column mapping, what a newer
//! roster changes. What is found and compared is the core's (`gongzhi_core::roster`).

use super::{column_name, thousands, Lang};
use gongzhi_core::roster::{Applied, Column, FileColumn};

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
                super::square_metres(a),
                super::area_source_name(source).text(lang)
            ),
            Lang::En => format!(
                "{} ({})",
                super::square_metres(a),
                super::area_source_name(source).text(lang)
            ),
        },
        None => String::new(),
    }
}
