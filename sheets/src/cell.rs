//! A cell's value as its text in the spreadsheet program: what the roster reads.

use calamine::{Data, DataRef, ExcelDateTime};

pub fn data_text(value: &Data) -> String {
    match value {
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f),
        Data::String(s) => s.clone(),
        Data::Bool(b) => bool_text(*b),
        Data::DateTime(d) => date_text(d),
        Data::DateTimeIso(s) | Data::DurationIso(s) => iso_text(s),
        Data::Error(e) => e.to_string(),
        Data::Empty => String::new(),
    }
}

pub fn data_ref_text(value: &DataRef<'_>) -> String {
    match value {
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) => number_text(*f),
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => s.to_string(),
        DataRef::Bool(b) => bool_text(*b),
        DataRef::DateTime(d) => date_text(d),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => iso_text(s),
        DataRef::Error(e) => e.to_string(),
        DataRef::Empty => String::new(),
    }
}

fn bool_text(b: bool) -> String {
    if b { "TRUE" } else { "FALSE" }.into()
}

/// A number as Excel shows it in a General cell: 15 significant digits (so the binary noise
/// of 89.5 stored as 89.50000000000001 is gone), never an exponent (an 18-digit ID number
/// typed as a number is shown in full), no trailing `.0`.
pub fn number_text(f: f64) -> String {
    if !f.is_finite() {
        return String::new();
    }
    let sci = format!("{:.14e}", f.abs());
    let (mantissa, exponent) = sci.split_once('e').expect("{:e} always has an exponent");
    let exponent: i64 = exponent.parse().expect("{:e} writes a decimal exponent");
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_end_matches('0');
    if digits.is_empty() {
        return "0".into();
    }
    // The value is 0.<digits> × 10^(exponent + 1).
    let before_point = exponent + 1;
    let mut text = String::new();
    if f < 0.0 {
        text.push('-');
    }
    if before_point <= 0 {
        text.push_str("0.");
        text.extend(std::iter::repeat_n(
            '0',
            before_point.unsigned_abs() as usize,
        ));
        text.push_str(digits);
    } else if before_point as usize >= digits.len() {
        text.push_str(digits);
        text.extend(std::iter::repeat_n(
            '0',
            before_point as usize - digits.len(),
        ));
    } else {
        let (whole, fraction) = digits.split_at(before_point as usize);
        text.push_str(whole);
        text.push('.');
        text.push_str(fraction);
    }
    text
}

/// A date as `YYYY-MM-DD`, with the time only when it has one; a duration as `h:mm:ss`.
fn date_text(d: &ExcelDateTime) -> String {
    if d.is_duration() {
        let seconds = (d.as_f64() * 86_400.0).round() as i64;
        let sign = if seconds < 0 { "-" } else { "" };
        let s = seconds.unsigned_abs();
        return format!("{sign}{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
    }
    let (y, mo, day, h, mi, s, _) = d.to_ymd_hms_milli();
    if (h, mi, s) == (0, 0, 0) {
        format!("{y:04}-{mo:02}-{day:02}")
    } else {
        format!("{y:04}-{mo:02}-{day:02} {h:02}:{mi:02}:{s:02}")
    }
}

/// OpenDocument writes dates as ISO 8601 date-times; midnight is a plain date.
fn iso_text(s: &str) -> String {
    s.strip_suffix("T00:00:00").unwrap_or(s).replace('T', " ")
}

#[cfg(test)]
mod tests {
    use super::number_text;

    #[test]
    fn numbers_read_as_excel_shows_them() {
        let cases: [(f64, &str); 12] = [
            (89.5, "89.5"),
            (89.50000000000001, "89.5"),
            (0.1 + 0.2, "0.3"),
            (120.0, "120"),
            (-3.25, "-3.25"),
            (0.0, "0"),
            (-0.0, "0"),
            (0.000125, "0.000125"),
            (510104199001011000.0, "510104199001011000"),
            (12345678901234.0, "12345678901234"),
            (1e21, "1000000000000000000000"),
            (f64::NAN, ""),
        ];
        for (value, text) in cases {
            assert_eq!(number_text(value), text, "{value:?}");
        }
    }
}
