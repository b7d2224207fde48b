import CunzhanCore

/// Name and place material for demo data: common surnames and given-name characters, real region codes.
enum DemoNames {
    /// The most common surnames, roughly in order of frequency (repeats weight the top ones).
    static let surnames: [String] = [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
        "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
        "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔",
        "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦",
        "王", "李", "张", "刘", "陈", "杨", "欧阳", "司马",
    ]

    static let maleGiven: [String] = Array("伟强军磊洋勇杰涛明超刚平辉建国华志文斌波鹏宇浩俊峰亮成林海东德福贵荣发兴旺思松胜世帅")
        .map(String.init)
    static let femaleGiven: [String] = Array("芳娜敏静丽艳娟霞秀英兰玉梅红琴云莲珍凤翠萍燕婷雪琳丹桂花春菊淑素诗爽")
        .map(String.init)

    /// Given-name characters read with an initial s (思 si, 淑 shu ...), so `zs`-style searches find people.
    static let maleGivenS: [String] = Array("思松胜世帅").map(String.init)
    static let femaleGivenS: [String] = Array("淑素诗爽").map(String.init)
    /// Surnames read with an initial z, for the heads every village gets so `zs` finds a handful.
    static let zSurnames = ["张", "赵", "周", "郑", "曾", "钟"]

    /// Real county-level region codes (云南省昆明市 and 楚雄州) used in ID numbers.
    static let regionCodes = ["530124", "530125", "530129", "530181", "532301", "532322", "532325", "530102"]

    static let villageNames: [String] = Array("和平新民红星团结前进光明东风胜利幸福民主建设大田河口石桥龙潭松林梨园").map(String.init)

    static let themes: [(String, String)] = [
        ("饮水安全大排查", "逐户核实饮水水量、水质、取水便利和供水保证率"),
        ("住房安全再核查", "核查危房改造后住房安全等级鉴定"),
        ("义务教育控辍保学", "核实适龄儿童少年在校情况，劝返失学辍学学生"),
        ("基本医疗保险参保核查", "核实应参保人员参保及资助参保情况"),
        ("务工就业稳岗", "摸排外出务工人员就业稳定情况"),
        ("产业帮扶项目回头看", "检查到户产业项目运行及收益"),
        ("防返贫监测对象识别", "排查收入骤减、支出骤增的农户"),
        ("低保特困政策落实", "核实综合保障政策应保尽保"),
        ("小额信贷风险排查", "排查逾期贷款和还款能力"),
        ("公益岗位履职检查", "检查公益岗位人员在岗履职"),
        ("冬春救助", "排查基本生活困难群众"),
        ("年度收入测算", "逐户测算全年家庭人均纯收入"),
    ]

    static let itemTitles: [(ItemCategory, String)] = [
        (.drinkingWater, "入户水管破损，需更换"), (.housing, "房屋墙体开裂，需鉴定"),
        (.education, "适龄儿童未入学，需劝返"), (.medical, "成员未参加医疗保险"),
        (.income, "家庭收入下降，需落实帮扶措施"), (.policy, "公益岗位补贴未按时发放"),
        (.other, "户档案信息与实际不符"),
    ]
}
