//! Texts of the home page: the welcome, founding a community and joining one.

messages! {
    HomeTitle => "欢迎使用共治", "Welcome to Gongzhi";
    HomeIntro =>
        "共治帮助居民自己管理小区：从提出诉求、议事会起草项目和预算、公示征求意见，到社区议事会表决、业主共同决定、比选施工单位和公开账目，每一步都有记录、可核对。",
        "Gongzhi helps residents govern their own compound: raise a need, let the resident-group council draft a project and budget, post it publicly for objections, put it to the community council and the owners, compare contractors and publish the accounts — every step on record and checkable.";
    HomeEmptyTitle => "这台设备上还没有社区", "No community on this device yet";
    HomeEmptyBody =>
        "登记社区、小区、楼栋和住户后，这里会显示进行中的诉求、公示和表决。",
        "Once a community, its compounds, buildings and households are registered, open requests, public notices and votes will appear here.";
    FoundTitle => "建立社区", "Found a community";
    FoundHint => "在这台设备上建立你们的社区：这台设备成为管理设备，之后可以导入住户名册、添加议事会和其他设备。", "Found your community on this device: it becomes the admin device, and you can then import the household roster and add the councils and other devices.";
    FoundName => "社区名称（如 晋阳社区）", "Community name (such as 晋阳社区)";
    FoundCompound => "第一个小区的名称", "Name of the first compound";
    FoundDevice => "这台设备的名称（如 社区办公室电脑）", "What to call this device (such as the community office PC)";
    FoundSubmit => "建立社区并导入名册", "Found it and import the roster";
    JoinTitle => "加入已有社区", "Join an existing community";
    JoinStepId => "把这台设备的编号交给社区的管理员，由管理员在“设置”页添加：", "Give this device's id to the community's admin, who adds it on the settings page:";
    JoinStepFile => "管理员添加后导出社区文件，在这台设备的“交换记录”页导入。", "Once added, the admin exports the community's file; import it here on the exchange page.";
    JoinImport => "导入社区文件", "Import the community's file";
    DemoTitle => "先看看示例", "See an example first";
    HomeHowTitle => "一件事怎样办成", "How a project gets done";
    HomeStepRequest => "居民提出诉求：比如“后门坏了”。", "A resident raises a need: “the back gate is broken”.";
    HomeStepDraft =>
        "居民小组议事会商量方案，定下内容和预算。",
        "The resident-group council works out the plan: what to do and the budget.";
    HomeStepNotice => "方案向全体居民公示，大家可以提意见。", "The plan is posted to all residents, who can object.";
    HomeStepCouncil =>
        "社区议事会表决：须经全体成员三分之二以上同意（37 人中至少 25 人）。",
        "The community council votes: it passes only with two thirds of ALL members (at least 25 of 37).";
    HomeStepBuild =>
        "比选施工单位，公开预算和实际支出。",
        "Contractors are compared side by side; budget and actual spending are published.";
    HomePrivacyTitle => "数据只在这台设备上", "Your data stays on this device";
    HomePrivacyBody =>
        "共治没有服务器：所有记录都保存在本机浏览器里，断网也能用。设备之间通过导出和导入快照文件来同步，每个文件都可以核验。",
        "Gongzhi has no server: every record is kept in this browser and works offline. Devices share snapshot files that merge and can be verified.";
    HomeSettingsLink => "选择语言和字号", "Choose language and text size";
}
