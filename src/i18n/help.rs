//! The help page's words: the cycle a project goes through, step by step with where to do each,
//! and the record's technical words in plain ones.

messages! {
    HelpTitle => "使用说明", "How to use Gongzhi";
    HelpIntro =>
        "共治把成都社区“院落微更新”的办事流程搬到手机和电脑上：每一步谁来做、在哪一页做，下面逐条说明。",
        "Gongzhi takes a Chengdu community's way of getting a small project done onto phones and computers: each step below says who does it and on which page.";
    HelpCycleTitle => "一件事从提出到决算", "From a need to the final accounts";
    HelpGo => "去办理", "Go there";
    HelpStepRequest =>
        "居民提出诉求（后门坏了、路灯不亮）：谁都可以记下，写明地点和提出人。",
        "A resident raises a need (a broken gate, a dark path): anyone can record it, with the place and who raised it.";
    HelpStepPlan =>
        "居民小组议事会把诉求变成项目方案：做什么、预算多少、钱从哪里来。在诉求旁点“起草项目方案”。",
        "The resident-group council turns the need into a plan: what to do, the budget, where the money comes from. Use “Draft a plan” beside the request.";
    HelpStepNotice =>
        "方案公示（通常 7 天）：居民实名提出支持或反对意见，都记入记录。",
        "The plan is posted for public notice (usually 7 days): residents support or object under their names, all on record.";
    HelpStepCouncil =>
        "公示期满，社区议事会表决：须全体成员三分之二以上同意（37 人中至少 25 人），缺席不算同意。",
        "After the notice, the community council votes: it passes only with two thirds of ALL members (25 of 37); an absent member is not a yes.";
    HelpStepOwners =>
        "涉及业主共同决定的事项（《民法典》第二百七十八条），另开业主表决：面积和人数两项都要达到。",
        "A matter the owners decide together (Civil Code art. 278) gets an owners' vote: both area and headcount must pass.";
    HelpStepWorks =>
        "通过后比选施工单位、记录选定理由；施工中按预算登记实际支出，完工验收。",
        "Once passed, contractors are compared and the choice recorded with its reason; spending is recorded against the budget, and the work is accepted.";
    HelpStepAccounts =>
        "决算公示：预算与实际支出逐项对照；居民自筹的钱逐户公示，结余按实缴比例退还。",
        "The final accounts are posted: budget against actual, line by line; money residents raised is listed per household, and what is left refunded by what each paid.";
    HelpPhoneTitle => "用自己的手机表决", "Voting on your own phone";
    HelpPhoneChoose =>
        "导入社区的记录文件后，首页问“这台手机是哪一户的？”：输入房号，只需一次。之后首页只显示您家的表决、选票和公示。",
        "Once the community's records are taken in, home asks which household the phone is for: type the flat, once. Home then shows only your household's votes, ballots and notices.";
    HelpPhoneVote =>
        "点“同意”“反对”或“弃权”后，手机会再问一次，写明户号、事项和您的意见；确认后才记录。",
        "After you tap Yes, No or Abstain, the phone asks once more, naming the flat, the matter and your answer; only then is it recorded.";
    HelpPhoneWaiting =>
        "服务中心没有登记过的手机，选票要等工作人员核实本人：在“交换记录”导出本机的文件交给服务中心，再导入他们给回的文件，首页就显示“已计入”。服务中心登记过的手机，选票直接计入。",
        "On a phone the service centre has not enrolled, a ballot waits until a clerk has checked it is you: export this phone's file on the Exchange page, give it to the service centre, take in the file they give back, and home says “Counted”. On an enrolled phone it counts at once.";
    HelpPhoneReceipt =>
        "每张选票都有回执：选票编号和校验码。任何保存了这次表决记录的设备都能据此找到它。",
        "Every ballot has a receipt: its number and check code, by which any device holding the vote's records can find it.";
    HelpWordsTitle => "几个词的意思", "What the words mean";
    HelpDigestTerm => "核对码", "Check code";
    HelpDigest =>
        "张贴的结果和名单上都印有一串 64 位的核对码。用任何一台设备打开同一份记录，核对码相同，说明贴出来的结果与记录一致，没有被改动。",
        "Every posted result and list carries a 64-character check code. Any device holding the same record shows the same code: if they match, what is posted is what was recorded.";
    HelpChainTerm => "记录链", "Chain of records";
    HelpChain =>
        "每台设备写下的记录一条接一条相连，改动或删掉其中一条，后面的都对不上，导入时就会被发现。",
        "Each device's records are linked one to the next: change or drop one, and those after it no longer fit, which any import notices.";
    HelpDeviceTerm => "可信设备", "Trusted device";
    HelpDevice =>
        "社区的管理员在“设置”页登记哪些设备（秘书电脑、自助机、住户手机）可以记什么。不在名单上的设备记下的东西只会被列出来，不会计入。",
        "The community's admin lists on the settings page which devices (the secretary's laptop, kiosks, residents' phones) may record what. What any other device records is listed, never counted.";
    HelpSetAsideTerm => "不计入", "Does not count";
    HelpSetAside =>
        "违反规则的记录（重复投票、表决结束后才送到、被撤销的设备写的）不会删除，而是保留并注明原因，谁都能看到。",
        "A record that breaks a rule (a second ballot, one that arrived after the close, one from a revoked device) is not deleted: it is kept, with the reason, for anyone to see.";
    HelpExchangeTerm => "交换记录", "Exchanging records";
    HelpExchange =>
        "共治没有服务器。设备之间用“交换记录”页导出、导入文件（微信、U 盘都可以）；导入前会先核验并预览会增加什么。",
        "Gongzhi has no server. Devices swap files on the exchange page (by chat app or USB stick); each file is verified and previewed before anything is added.";
    HelpLink => "使用说明", "How it works";
    WhatIsThis => "这是什么？", "What is this?";
}
