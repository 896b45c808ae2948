//! Texts of the household registry: flats, areas, the sign-in sheet and roster import.

use super::lang::Lang;
use super::msg::Msg;
use super::units::{square_metres, thousands};

messages! {
    RegistryTitle => "住户登记", "Household register";
    RegistrySearch => "搜索房号、住户码或业主姓名", "Search by flat, household code or owner name";
    RegistryCompound => "小区", "Compound";
    RegistryAll => "全部小区", "All compounds";
    RegistryEmpty => "没有符合条件的住户。", "No households match.";
    RegistryFlat => "房号", "Flat";
    RegistryOwners => "业主", "Owners";
    RegistryArea => "面积", "Area";
    RegistryResidents => "居住人数", "Residents";
    RegistryAllOwners => "显示全部住户", "Show all households";
    RegistryPrevious => "上一页", "Previous";
    RegistryNext => "下一页", "Next";
    RegisterOutTitle => "导出和打印", "Export and print";
    RegisterOutHint =>
        "导出的名册可以用 Excel 或 WPS 打开，也可以改好后重新导入；导出的是上面所选小区的全部住户。",
        "The exported register opens in Excel or WPS and can be imported again after editing; it holds every household of the compound chosen above.";
    ExportCsv => "导出名册（CSV）", "Export the register (CSV)";
    ExportXlsx => "导出名册（Excel）", "Export the register (Excel)";
    ExportFileStem => "住户名册", "register";
    ExportBuilding => "楼栋", "Building";
    ExportUnit => "单元", "Unit";
    ExportRoom => "房号", "Room";
    ExportOwnerNames => "业主姓名", "Owners";
    ExportOwnerIds => "证件号码", "ID number";
    ExportArea => "建筑面积（㎡）", "Area (m²)";
    ExportAreaSource => "面积依据", "Area source";
    SignInTitle => "业主大会签到表", "Owners' meeting sign-in sheet";
    SignInHint =>
        "每栋楼打印一页：房号、业主、建筑面积，本人或委托代理人签名。签到表按登记簿生成，打印前请先导入最新名册。",
        "One printed page per building: flat, owner, floor area, and a column for the owner's or their proxy's signature. It follows the register, so import the latest roster before printing.";
    SignInChooseCompound => "请选择小区", "Choose a compound";
    SignInBuilding => "楼栋", "Building";
    SignInAllBuildings => "全部楼栋（每栋一页）", "Every building (a page each)";
    SignInPrint => "打印签到表", "Print the sign-in sheet";
    SignInEmpty => "这个小区还没有登记住户。", "This compound has no households registered yet.";
    SignInHeading => "业主大会签到表", "owners' meeting sign-in sheet";
    SignInMeeting => "会议名称：________________　日期：____年__月__日", "Meeting: ________________   Date: ____-__-__";
    SignInArea => "建筑面积（㎡）", "Area (m²)";
    SignInSignature => "本人签名", "Owner's signature";
    SignInProxy => "委托代理人签名", "Proxy's signature";
    AreaRegistered => "不动产登记", "registered";
    AreaSurveyed => "实测", "surveyed";
    AreaContract => "合同", "sale contract";
    ImportTitle => "导入住户名册", "Import a household roster";
    ImportHint =>
        "支持 Excel（.xlsx、.xls）、WPS/LibreOffice（.ods）和 CSV（UTF-8 或 GBK/GB18030）。表头可以在标题行下面，列名按常见写法识别（如 房号/室号、建筑面积/产权面积、业主/产权人、身份证号），也可以是一列“房屋编号”（如 1-1-101）；认不出的列由您对应一次，本机会记住。合计行、空行不导入。共有人可用“、”“，”“/”或“;”分隔；开发商持有的房屋在业主中写明“开发商”。导入到已登记的小区时，会先列出新增、业主变更、面积更正的住户。确认之前不会保存任何内容。",
        "Excel (.xlsx, .xls), WPS/LibreOffice (.ods) and CSV (UTF-8 or GBK/GB18030). The header may sit below title rows; column names are recognised as offices write them (房号/室号, 建筑面积/产权面积, 业主/产权人, 身份证号), or a single flat-number column (房屋编号, e.g. 1-1-101); columns that are not recognised you map once, and this device remembers it. Totals rows and blank lines are left out. Co-owners may be joined by 、 ， / or ;, and developer-held flats name a company with 开发商. Importing into a registered compound first lists new flats, owner changes and area corrections. Nothing is saved until you confirm.";
    ImportInto => "导入到小区", "Import into compound";
    ImportNewCompound => "新建小区：", "New compound:";
    ImportNewCompoundName => "新小区名称", "New compound's name";
    ImportFile => "选择名册文件（Excel 或 CSV）", "Choose the roster file (Excel or CSV)";
    ImportReading => "正在读取文件…", "Reading the file…";
    ImportPreview => "导入预览", "Preview";
    ImportConfirm => "确认导入", "Confirm the import";
    ImportCancel => "放弃", "Discard";
    ImportProblems => "以下行有问题，不会导入：", "These lines have problems and will not be imported:";
    ImportNothing => "文件里没有可以导入的住户。", "The file has no household that can be imported.";
    ImportSaving => "正在保存…", "Saving…";
    ImportWhichSheet => "这个工作簿有几张表，哪一张是住户名册？", "This workbook has several sheets: which one is the roster?";
    MappingTitle => "对应文件的列", "Match the file's columns";
    MappingChoose => "请选择列", "Choose a column";
    MappingNone => "（没有这一列）", "(no such column)";
    MappingCombined => "整个房号在一列（如 1-1-101、1栋1单元101室）", "Whole flat number in one column (e.g. 1-1-101)";
    MappingConfirm => "按这样读取并记住", "Read it this way and remember";
    MappingRemembered => "按本机记住的列对应读取。", "Read with the column matching this device remembered.";
    MappingChange => "修改对应", "Change it";
    ChangesTitle => "与名册相比", "Compared with the register";
    FlatHistory => "变更记录", "History";
    ImportNeedsCompound => "请选择小区，或填写新小区的名称。", "Choose a compound, or name a new one.";
}

pub fn column_name(lang: Lang, column: gongzhi_core::registry::roster::Column) -> &'static str {
    use gongzhi_core::registry::roster::Column as C;
    match (lang, column) {
        (Lang::Zh, C::Building) => "楼栋",
        (Lang::Zh, C::Unit) => "单元",
        (Lang::Zh, C::Room) => "房号",
        (Lang::Zh, C::OwnerNames) => "业主姓名",
        (Lang::Zh, C::OwnerIds) => "证件号码",
        (Lang::Zh, C::Area) => "建筑面积",
        (Lang::Zh, C::AreaSource) => "面积依据",
        (Lang::Zh, C::Residents) => "居住人数",
        (Lang::En, C::Building) => "building (楼栋)",
        (Lang::En, C::Unit) => "unit (单元)",
        (Lang::En, C::Room) => "room (房号)",
        (Lang::En, C::OwnerNames) => "owner names (业主姓名)",
        (Lang::En, C::OwnerIds) => "masked IDs (证件号码)",
        (Lang::En, C::Area) => "floor area (建筑面积)",
        (Lang::En, C::AreaSource) => "area source (面积依据)",
        (Lang::En, C::Residents) => "residents (居住人数)",
    }
}

/// Under a building's sign-in page: `本栋 24 户，建筑面积合计 2,148.00 ㎡`.
pub fn sign_in_total_text(lang: Lang, flats: usize, area: &str) -> String {
    let n = thousands(flats as u64);
    match lang {
        Lang::Zh => format!("本栋 {n} 户，建筑面积合计 {area}"),
        Lang::En => format!("{n} flats in this building, {area} in all"),
    }
}

pub fn area_source_name(source: gongzhi_core::model::AreaSource) -> Msg {
    use gongzhi_core::model::AreaSource;
    match source {
        AreaSource::Registered => Msg::AreaRegistered,
        AreaSource::Surveyed => Msg::AreaSurveyed,
        AreaSource::Contract => Msg::AreaContract,
    }
}

/// Above a preview that lists only the first rows of a file: `显示前 10 户，共 12 户`.
pub fn preview_rows_text(lang: Lang, shown: usize, total: usize) -> String {
    let (s, n) = (thousands(shown as u64), thousands(total as u64));
    match lang {
        Lang::Zh => format!("显示前 {s} 户，共 {n} 户"),
        Lang::En => format!("showing {s} of {n} households"),
    }
}

/// `4,680 户，3,912 位业主，共 412,345.67 ㎡，40 栋楼` / English.
pub fn roster_summary(
    lang: Lang,
    households: usize,
    owners: usize,
    area: gongzhi_core::CentiM2,
    buildings: usize,
) -> String {
    let (h, o, b) = (
        thousands(households as u64),
        thousands(owners as u64),
        thousands(buildings as u64),
    );
    match lang {
        Lang::Zh => format!("{h} 户，{o} 位业主，共 {}，{b} 栋楼", square_metres(area)),
        Lang::En => format!(
            "{h} households, {o} owners, {} in all, {b} buildings",
            square_metres(area)
        ),
    }
}

/// `已导入 4,680 户。` / `已导入 2 户，更新 3 户；4,675 户未变。`
pub fn imported_text(lang: Lang, households: usize, changed: usize, unchanged: usize) -> String {
    let (h, c, u) = (
        thousands(households as u64),
        thousands(changed as u64),
        thousands(unchanged as u64),
    );
    match (lang, changed, unchanged) {
        (Lang::Zh, 0, 0) => format!("已导入 {h} 户。"),
        (Lang::Zh, _, _) => format!("已导入 {h} 户，更新 {c} 户；{u} 户未变。"),
        (Lang::En, 0, 0) => format!("Imported {h} households."),
        (Lang::En, _, _) => {
            format!("Imported {h} households and updated {c}; {u} unchanged.")
        }
    }
}
