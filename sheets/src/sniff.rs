//! What a file is, from its first bytes and the names inside it.

use gongzhi_core::registry::sheet_file::FileKind;

#[derive(Debug, PartialEq, Eq)]
pub enum Format {
    Xlsx,
    Ods,
    Xls,
    /// An OLE file holding an encrypted OOXML package: how Excel saves with a password.
    EncryptedOoxml,
    Text,
    Other(FileKind),
}

const ZIP: &[u8] = b"PK\x03\x04";
const OLE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

pub fn format(bytes: &[u8]) -> Format {
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    if starts(ZIP) {
        // Zip entry names sit uncompressed in their local headers; `mimetype` is an OpenDocument
        // file's first entry, stored, with the type right after it.
        if contains(
            &bytes[..bytes.len().min(200)],
            b"application/vnd.oasis.opendocument.spreadsheet",
        ) {
            return Format::Ods;
        }
        // Any Excel writer puts the workbook's part or its relations early in the archive,
        // so even a truncated workbook still names it.
        if contains(bytes, b"xl/workbook.") || contains(bytes, b"xl/_rels/workbook.") {
            return Format::Xlsx;
        }
        if contains(bytes, b"word/document.xml") {
            return Format::Other(FileKind::Word);
        }
        return Format::Other(FileKind::Zip);
    }
    if starts(OLE) {
        if contains(bytes, &utf16(b"EncryptedPackage")) {
            return Format::EncryptedOoxml;
        }
        if contains(bytes, &utf16(b"WordDocument")) {
            return Format::Other(FileKind::Word);
        }
        return Format::Xls;
    }
    let known: [(&[u8], FileKind); 7] = [
        (b"\x89PNG\r\n\x1a\n", FileKind::Png),
        (b"\xFF\xD8\xFF", FileKind::Jpeg),
        (b"GIF8", FileKind::Gif),
        (b"%PDF-", FileKind::Pdf),
        (b"Rar!\x1a\x07", FileKind::Rar),
        (b"7z\xBC\xAF\x27\x1C", FileKind::SevenZip),
        (b"\x1F\x8B", FileKind::Gzip),
    ];
    if let Some((_, kind)) = known.iter().find(|(magic, _)| starts(magic)) {
        return Format::Other(*kind);
    }
    Format::Text
}

fn utf16(ascii: &[u8]) -> Vec<u8> {
    ascii.iter().flat_map(|&b| [b, 0]).collect()
}

pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}
