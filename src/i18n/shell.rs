//! Texts of the app shell: header, navigation, the not-found page and what a failed save says.

use super::lang::Lang;
use super::msg::Msg;

messages! {
    AppName => "共治", "Gongzhi";
    FlatWhichCompound => "这个房号在几个小区都有：请选择是哪个小区的，再提交。", "This flat number exists in more than one compound: choose which one, then submit again.";
    KioskWhichCompound => "这个房号在几个小区都有。请点您住的小区：", "This flat number is in more than one compound. Tap yours:";
    AppTagline => "小区的事，大家商量着办", "Our compound, decided together";
    SkipToContent => "跳到正文", "Skip to main content";
    NavLabel => "主导航", "Main navigation";
    NavHome => "首页", "Home";
    NavRegistry => "住户", "Households";
    NavRequests => "诉求", "Requests";
    NavOrganisations => "组织", "Organisations";
    NavSettings => "设置", "Settings";
    NavVotes => "表决", "Votes";
    NavProjects => "项目", "Projects";
    NavFunds => "自筹", "Funds";
    NavMeetings => "会议", "Meetings";
    ProjectsFromRequests => "项目从居民诉求中产生：", "A project starts from a resident's request:";
    SwitchLanguage => "English", "中文";
    SwitchLanguageLabel => "Switch to English", "切换到中文";

    DemoLoad => "载入示例社区", "Load the demo community";
    DemoHint =>
        "用晋阳社区的示例数据体验完整流程：红运花园和北苑小区、37 人的社区议事会、5 人的居民小组议事会，以及正在公示的北苑后门改造项目。",
        "Try the whole cycle with the Jinyang (晋阳) demo: Hongyun Garden and Beiyuan, a 37-member community council, a 5-member resident-group council, and Beiyuan's back-gate project on public notice.";
    DemoLoading => "正在创建示例社区…", "Creating the demo community…";
    DemoDeviceLabel => "社区办公室设备", "Community office device";
    NotSaved => "没有保存：", "Not saved:";
    Refused => "不符合议事规则：", "Not allowed by the rules:";
    StillLoading => "本机记录还在读取，请稍候再试。", "This device's records are still loading; try again in a moment.";

    NotFoundTitle => "找不到这个页面", "Page not found";
    NotFoundBody => "这个地址没有对应的页面：", "There is no page at this address:";
    NotFoundHome => "回到首页", "Back to home";
    PageUnavailableTitle => "这个页面暂时打不开", "This page cannot be opened yet";
    PageUnavailableBody =>
        "这个页面的程序还没有保存到本机，现在也连不上网络。请连上网络后重新载入；载入一次后，离线也能打开。已记录的内容都在本机，不受影响。",
        "This page's code is not stored on this device yet, and there is no network. Connect and reload; after one load it opens offline too. Everything already recorded is on this device and unaffected.";
    PageUnavailableReload => "重新载入", "Reload";
    CodeMissing =>
        "本机还没有下载保存和读取记录的程序，现在也连不上网络。请连上网络后重新载入；已记录的内容都在本机，不受影响。",
        "The code that keeps this device's record is not downloaded yet, and there is no network. Connect and reload: everything recorded is on this device and unaffected.";
}

/// What a failed storage operation means for the user, in their language.
pub fn persist_error_text(lang: Lang, error: &crate::persist::PersistError) -> String {
    use crate::persist::PersistError;
    match error {
        PersistError::QuotaExceeded => Msg::StorageFull.text(lang).to_string(),
        PersistError::Behind => Msg::StorageBehind.text(lang).to_string(),
        PersistError::Unavailable(why) => {
            format!("{} {why}", Msg::StorageUnavailable.text(lang))
        }
    }
}

/// Why the record could not be restored or kept up to date, in the user's language.
pub fn store_error_text(lang: Lang, error: &crate::store::StoreError) -> String {
    use crate::store::StoreError;
    match error {
        StoreError::Storage(e) => persist_error_text(lang, e),
        StoreError::CodeMissing => Msg::CodeMissing.text(lang).to_string(),
    }
}

/// Why a command was not recorded, in the user's language.
pub fn submit_error_text(lang: Lang, error: &crate::store::SubmitError) -> String {
    use crate::store::SubmitError;
    match error {
        SubmitError::NotSaved(e) => format!(
            "{} {}",
            Msg::NotSaved.text(lang),
            persist_error_text(lang, e)
        ),
        SubmitError::Refused(r) => format!(
            "{} {}",
            Msg::Refused.text(lang),
            super::refusal_text(lang, r)
        ),
        SubmitError::NotReady => Msg::StillLoading.text(lang).to_string(),
        SubmitError::CodeMissing => Msg::CodeMissing.text(lang).to_string(),
        SubmitError::OwnChainDamaged => Msg::OwnChainDamaged.text(lang).to_string(),
    }
}
