// swift-format-ignore-file
// Generated from Screens/*.yaml. Do not edit: edit the YAML, then run
// CUNZHAN_REGENERATE_SCREENS=1 swift test --filter ScreenDefinitionsTests

/// The default definitions of `Screens/`, compiled in so the program needs no files beside it.
enum EmbeddedScreens {
    /// File name (`visit.yaml`) and text of each default definition, in name order.
    static let files: [(name: String, text: String)] = [
        ("dispatch.list.yaml", ##"""
# 月度调度：各村整改事项按状态统计，逾期和本月销号。
list: dispatch
title: 月度调度
columns:
  - {id: village, label: 村, weight: 2}
  - {id: pending, label: 待交办, width: 6, align: right}
  - {id: in_progress, label: 整改中, width: 6, align: right}
  - {id: awaiting, label: 待验收, width: 6, align: right}
  - {id: closed, label: 已销号, width: 6, align: right}
  - {id: overdue, label: 逾期, width: 4, align: right}
  - {id: raised, label: 本月发现, width: 8, align: right}
  - {id: closed_month, label: 本月销号, width: 8, align: right}
  - {id: bar, label: 销号进度, weight: 2}
sort:
  - {id: by_open, label: 按未销号, by: village, default: true}
filters:
  - {id: village, label: 村, type: text}
empty_message: 没有行政村

"""##),
        ("grid.yaml", ##"""
# 网格：网格名称、覆盖的村民小组、网格员和副网格员（定人、定责）。
form: grid
title: 网格信息
fields:
  - id: name
    label: 网格名称
    type: text
    required: true
    max_length: 20
    core: true
    help: 如“第一网格”，本村内不能重名
  - id: groups
    label: 覆盖小组
    type: text
    required: true
    max_length: 200
    core: true
    help: 本村的村民小组名称，多个用顿号分开，如“第一村民小组、第二组”
  - id: worker
    label: 网格员
    type: text
    required: true
    max_length: 20
    core: true
    help: 负责本网格的村干部或网格员的姓名
  - id: deputy
    label: 副网格员
    type: text
    max_length: 20
    core: true
    help: 可留空；副网格员排查本网格的农户不算跨网格

"""##),
        ("household.yaml", ##"""
# 农户：户的基本信息。户主的证件号码等在家庭成员中登记。
form: household
title: 农户信息
fields:
  - id: household_number
    label: 户编号
    type: text
    required: true
    pattern: "[0-9]{1,20}"
    help: 只能是数字，最多 20 位
    core: true
  - id: head_name
    label: 户主姓名
    type: text
    required: true
    max_length: 20
    core: true
  - id: villager_group
    label: 村民小组
    type: text
    required: true
    max_length: 20
    core: true
    help: 如“第三组”
  - id: address
    label: 住址
    type: text
    max_length: 100
    core: true
  - id: phone
    label: 联系电话
    type: phone
    core: true
  - id: kind
    label: 户类型
    type: choice
    choices: {from: household-kind}
    required: true
    default: 一般农户
    core: true
  - id: monitored
    label: 是否监测对象
    type: yes-no
    required: true
    default: 否
    core: true
  - id: monitoring_category
    label: 监测对象类别
    type: choice
    choices: {from: monitoring-category}
    required_when: {field: monitored, equals: 是}
    core: true
  - id: long_absent
    label: 长期外出
    type: yes-no
    default: 否
    core: true
    help: 长期外出户至少每季度电话联系一次
  - id: notes
    label: 备注
    type: text
    max_length: 500

"""##),
        ("households.list.yaml", ##"""
# 农户列表：村里所有农户，可按姓名、拼音首字母、证件号后几位或电话筛选。
list: households
title: 农户
columns:
  - {id: household_number, label: 户编号, width: 16}
  - {id: head_name, label: 户主, weight: 2}
  - {id: villager_group, label: 组, weight: 2}
  - {id: size, label: 人口, width: 4, align: right}
  - {id: kind, label: 户类型/监测, weight: 2}
  - {id: last_visit, label: 最近走访, width: 10}
  - {id: id_number_masked, label: 证件号, width: 18}
sort:
  - {id: by_number, label: 按户编号, by: household_number, default: true}
  - {id: by_group, label: 按组, by: [villager_group, household_number]}
  - {id: by_last_visit, label: 按最近走访, by: last_visit, order: ascending}
  - {id: by_risk, label: 按风险, by: [kind, household_number]}
filters:
  - {id: query, label: 搜索, type: text}
  - {id: villager_group, label: 组, type: text}
  - {id: kind, label: 户类型, type: choice, choices: {from: household-kind}}
  - {id: monitoring, label: 监测类别, type: choice, choices: {from: monitoring-category}}
empty_message: 没有符合条件的农户，按 Esc 清除筛选

"""##),
        ("inspection.yaml", ##"""
# 网格排查：网格员每个周期对网格内每一户的摸排记录（只增不改，更正是新记录）。
# 网格、农户由进入表单的地方决定（覆盖情况中选中的户），显示在表单上方，不在此填写。
form: inspection
title: 网格排查
fields:
  - id: inspector
    label: 排查人
    type: text
    required: true
    default: current-user
    max_length: 20
    core: true
    help: 默认是当前登录的用户
  - id: inspection_date
    label: 排查日期
    type: date
    required: true
    default: today
    core: true
    help: 不能晚于今天，也不能早于该户的登记日期
  - id: method
    label: 排查方式
    type: choice
    choices: {from: inspection-method}
    required: true
    default: 入户
    core: true
    help: 长期外出户每季度电话或网络联系一次即算已排查；其他农户须入户
  - id: theme_check
    label: 本月主题
    type: choice
    choices: [无问题, 有问题, 不涉及]
    required: true
    default: 无问题
    help: 按表单上方显示的本月主题逐项排查
  - id: education
    label: 义务教育
    type: choice
    choices: {from: check-result}
    required: true
    default: 达标
  - id: medical
    label: 基本医疗
    type: choice
    choices: {from: check-result}
    required: true
    default: 达标
  - id: housing
    label: 住房安全
    type: choice
    choices: {from: check-result}
    required: true
    default: 达标
  - id: water
    label: 饮水安全
    type: choice
    choices: {from: check-result}
    required: true
    default: 达标
  - id: income
    label: 收入情况
    type: choice
    choices: [稳定, 有所下降, 大幅下降]
    required: true
    default: 稳定
  - id: sudden_hardship
    label: 突发困难
    type: yes-no
    required: true
    default: 否
    help: 因病、因灾、因意外等突发严重困难
  - id: result
    label: 排查结果
    type: choice
    choices: {from: inspection-result}
    required: true
    default: 正常
    core: true
  - id: problem_types
    label: 发现的风险
    type: multi-choice
    choices: {from: risk-type}
    required_when: {field: result, equals: 发现问题}
    core: true
  - id: problem_description
    label: 问题描述
    type: text
    required_when: {field: result, equals: 发现问题}
    max_length: 500
    core: true
    help: 写清问题是什么、涉及谁，便于登记整改事项
  - id: notes
    label: 备注
    type: text
    max_length: 500

"""##),
        ("inspections.list.yaml", ##"""
# 排查记录列表：最近的网格排查在前（作废的和已被更正的记录不列出）。
list: inspections
title: 网格排查记录
columns:
  - {id: inspection_date, label: 日期, width: 10}
  - {id: household_number, label: 户编号, width: 16}
  - {id: head_name, label: 户主, weight: 2}
  - {id: grid, label: 网格, weight: 2}
  - {id: inspector, label: 排查人, weight: 2}
  - {id: method, label: 方式, width: 4}
  - {id: result, label: 结果, width: 12}
sort:
  - {id: newest, label: 最新在前, by: inspection_date, order: descending, default: true}
filters:
  - {id: cycle, label: 排查周期, type: text}
  - {id: result, label: 排查结果, type: choice, choices: {from: inspection-result}}
  - {id: inspector, label: 排查人, type: text}
empty_message: 没有符合条件的排查记录，在覆盖情况中选中农户按 i 登记排查

"""##),
        ("item-approve.yaml", ##"""
# 批准延期：督导批准新的整改时限（默认为申请的日期）。
form: item-approve
title: 批准延期
fields:
  - id: deadline
    label: 整改时限
    type: date
    required: true
    core: true

"""##),
        ("item-assign.yaml", ##"""
# 定责：第一书记或管理员确定责任人、整改措施和整改时限。
form: item-assign
title: 定责
fields:
  - id: owner
    label: 责任人
    type: text
    required: true
    max_length: 20
    core: true
    help: 村干部、网格员或第一书记的姓名
  - id: measures
    label: 整改措施
    type: text
    required: true
    max_length: 500
    core: true
  - id: deadline
    label: 整改时限
    type: date
    required: true
    core: true
    help: 不能早于发现问题的日期和今天
  - id: responsible_unit
    label: 责任单位
    type: text
    max_length: 50
    core: true

"""##),
        ("item-close.yaml", ##"""
# 销号：督导核验后销号，必须写验收意见。
form: item-close
title: 验收销号
fields:
  - id: verification_note
    label: 验收意见
    type: text
    required: true
    max_length: 500
    core: true
    help: 写明核验了什么，如 实地查看、材料齐全

"""##),
        ("item-extension.yaml", ##"""
# 申请延期：责任人申请新的整改时限，待督导批准。
form: item-extension
title: 申请延期
fields:
  - id: requested_deadline
    label: 申请延至
    type: date
    required: true
    core: true
    help: 须晚于现在的整改时限
  - id: reason
    label: 延期理由
    type: text
    required: true
    max_length: 500
    core: true

"""##),
        ("item-reopen.yaml", ##"""
# 回头看：已销号的事项再次发现问题，重新打开。
form: item-reopen
title: 回头看
fields:
  - id: reason
    label: 原因
    type: text
    required: true
    max_length: 500
    core: true
    help: 写明回头看发现的问题

"""##),
        ("item-send-back.yaml", ##"""
# 退回：督导验收不通过，写明原因和需要补正的内容。
form: item-send-back
title: 退回整改
fields:
  - id: reason
    label: 原因
    type: text
    required: true
    max_length: 500
    core: true

"""##),
        ("item-submit.yaml", ##"""
# 提交验收：责任人说明做了什么，附佐证。
form: item-submit
title: 提交验收
fields:
  - id: evidence
    label: 整改佐证
    type: text
    required: true
    max_length: 500
    core: true
    help: 写明做了什么，可附照片或材料编号

"""##),
        ("item.yaml", ##"""
# 整改事项：发现问题后登记，或修改问题描述、类别、范围、责任单位（状态只能通过定责、验收等操作改变）。
form: item
title: 整改事项
fields:
  - id: title
    label: 问题描述
    type: text
    required: true
    max_length: 100
    core: true
    help: 一句话写清是什么问题，如“入户水管破损，需更换”
  - id: details
    label: 详细情况
    type: text
    max_length: 500
    core: true
  - id: category
    label: 类别
    type: choice
    choices: {from: item-category}
    required: true
    core: true
  - id: source
    label: 来源
    type: choice
    choices: {from: item-source}
    required: true
    default: 走访
    core: true
  - id: scope
    label: 范围
    type: choice
    choices: {from: item-scope}
    required: true
    default: 户
    core: true
  - id: household_number
    label: 户编号
    type: text
    required_when: {field: scope, equals: 户}
    max_length: 20
    core: true
    help: 户编号或其末几位，如 0012
  - id: group_name
    label: 村民小组
    type: text
    required_when: {field: scope, equals: 组}
    max_length: 20
    core: true
    help: 如 第一村民小组
  - id: responsible_unit
    label: 责任单位
    type: text
    max_length: 50
    core: true
    help: 如 村委会、乡镇卫生院、水务站

"""##),
        ("items.list.yaml", ##"""
# 问题清单（整改事项）：督导跨村查看，按村、主题、类别、状态、责任人、逾期筛选。
list: items
title: 问题清单
columns:
  - {id: deadline, label: 整改时限, width: 10}
  - {id: raised, label: 发现日期, width: 10}
  - {id: village, label: 村, weight: 2}
  - {id: concerns, label: 户/组, weight: 3}
  - {id: title, label: 问题, weight: 4}
  - {id: owner, label: 责任人, weight: 1}
  - {id: state, label: 状态, width: 6}
  - {id: due, label: 工作日, width: 8}
sort:
  - {id: by_deadline, label: 按整改时限, by: deadline, default: true}
  - {id: by_age, label: 按发现时间, by: raised}
filters:
  - {id: village, label: 村, type: text}
  - {id: theme, label: 主题, type: text}
  - {id: category, label: 类别, type: choice, choices: {from: item-category}}
  - {id: state, label: 状态, type: choice, choices: {from: rectification-state}}
  - {id: owner, label: 责任人, type: text}
  - {id: overdue, label: 逾期, type: yes-no}
empty_message: 没有符合条件的整改事项

"""##),
        ("member.yaml", ##"""
# 家庭成员：户内每一个人，包括户主本人。
form: member
title: 家庭成员
fields:
  - id: name
    label: 姓名
    type: text
    required: true
    max_length: 20
    core: true
  - id: relation
    label: 与户主关系
    type: choice
    choices: [户主, 配偶, 子, 女, 儿媳, 女婿, 孙子, 孙女, 父亲, 母亲, 兄弟姐妹, 其他]
    required: true
    core: true
  - id: id_number
    label: 证件号码
    type: id-number
    required: true
    core: true
    help: 18 位居民身份证号，末位可为 X
  - id: phone
    label: 联系电话
    type: phone
  - id: health
    label: 健康状况
    type: choice
    choices: [健康, 长期慢性病, 患有大病, 残疾]
    required: true
    core: true
  - id: disability_grade
    label: 残疾等级
    type: choice
    choices: [一级, 二级, 三级, 四级]
    required_when: {field: health, equals: 残疾}
  - id: labour_skill
    label: 劳动技能
    type: choice
    choices: [普通劳动力, 技能劳动力, 弱劳动力或半劳动力, 丧失劳动力, 无劳动力]
    core: true
  - id: schooling
    label: 在校生状况
    type: choice
    choices: [非在校生, 学前教育, 小学, 七年级, 八年级, 九年级, 高中, 中职, 高职, 本科及以上]
    default: 非在校生
    core: true
  - id: employment
    label: 务工状况
    type: choice
    choices: [未务工, 县内务工, 县外省内务工, 省外务工]
    default: 未务工
    core: true
  - id: months_employed
    label: 务工时间（月）
    type: integer
    min: 0
    max: 12
    required_when: {field: employment, equals: [县内务工, 县外省内务工, 省外务工]}
  - id: insurance
    label: 参保情况
    type: multi-choice
    choices: [城乡居民基本医疗保险, 城乡居民基本养老保险, 职工医疗保险, 职工养老保险, 商业补充保险]
    core: true

"""##),
        ("progress.yaml", ##"""
# 调度记录：责任人定期报送整改进展（只增不改）。
form: progress
title: 调度进展
fields:
  - id: date
    label: 日期
    type: date
    required: true
    default: today
    core: true
  - id: text
    label: 进展情况
    type: text
    required: true
    max_length: 500
    core: true
    help: 这次做了什么
  - id: percent_done
    label: 完成比例（%）
    type: integer
    min: 0
    max: 100
    core: true
  - id: obstacles
    label: 困难和问题
    type: text
    max_length: 500
    core: true

"""##),
        ("supervision.yaml", ##"""
# 督导记录：督导到村到户查看整改情况（只增不改）。
form: supervision
title: 督导记录
fields:
  - id: date
    label: 督导日期
    type: date
    required: true
    default: today
    core: true
  - id: supervisor
    label: 督导人
    type: text
    required: true
    default: current-user
    max_length: 20
  - id: place
    label: 地点
    type: text
    max_length: 50
    core: true
    help: 如 村委会、三组王家
  - id: on_site
    label: 实地督导
    type: yes-no
    required: true
    default: 是
    core: true
  - id: findings
    label: 督导发现
    type: text
    required: true
    max_length: 500
    core: true
  - id: verdict
    label: 结论
    type: choice
    choices: [整改到位, 基本到位需跟进, 未到位]
    core: true

"""##),
        ("tasks.list.yaml", ##"""
# 我的任务：待定责、即将到期、逾期、待验收的事项，本月未走访、本轮未排查的农户。
list: tasks
title: 我的任务
columns:
  - {id: kind, label: 任务, width: 10}
  - {id: what, label: 事项/农户, weight: 4}
  - {id: village, label: 村, weight: 2}
  - {id: deadline, label: 整改时限, width: 10}
  - {id: due, label: 工作日, width: 8}
sort:
  - {id: by_kind, label: 按任务, by: kind, default: true}
filters:
  - {id: kind, label: 任务, type: text}
empty_message: 暂时没有需要办理的任务

"""##),
        ("theme.yaml", ##"""
# 月度主题：每月一主题，督导下发；没有下发时第一书记设置本村主题。
form: theme
title: 月度主题
fields:
  - id: month
    label: 月份
    type: text
    required: true
    pattern: '[0-9]{4}-[01][0-9]'
    max_length: 7
    core: true
    help: 如 2026-03
  - id: title
    label: 主题
    type: text
    required: true
    max_length: 50
    core: true
  - id: details
    label: 说明
    type: text
    max_length: 200
    core: true
  - id: checklist
    label: 检查清单
    type: text
    max_length: 500
    core: true
    help: 每项之间用；分开，如 查看房屋是否漏雨；核对医保参保

"""##),
        ("visit-theme.yaml", ##"""
# 走访表单上的本月主题问题：只在走访日期所在月份设定了月度主题时，接在走访表单“基本情况”之后显示，
# 回答随走访记录保存和同步（theme_check、theme_note，另记主题名称 theme）。没有主题的月份不显示。
form: visit-theme
title: 本月主题
sections:
  - title: 本月主题
    fields:
      - id: theme_check
        label: 本月主题
        type: choice
        choices: [无问题, 有问题, 不涉及]
        required: true
        default: 无问题
        help: 按表单上方显示的本月主题和排查要点逐项查看
      - id: theme_note
        label: 主题排查情况
        type: text
        required_when: {field: theme_check, equals: 有问题}
        max_length: 200
        help: 写清按本月主题查到了什么问题

"""##),
        ("visit.yaml", ##"""
# 入户走访：村干部/网格员每次上门填写的记录（只增不改，更正请新增一条）。
form: visit
title: 入户走访
sections:
  - title: 基本情况
    fields:
      - id: visitor
        label: 走访人
        type: text
        required: true
        default: current-user
        max_length: 20
        core: true
      - id: visit_date
        label: 走访日期
        type: date
        required: true
        default: today
        core: true
        help: 按 2026-01-31 的格式输入，默认为今天
  - title: 两不愁三保障及饮水安全
    fields:
      - id: food
        label: 吃
        type: choice
        choices: {from: check-result}
        required: true
        core: true
        help: 不愁吃：主粮和必要的蛋白质有保障
      - id: food_note
        label: 吃的情况说明
        type: text
        required_when: {field: food, equals: 不达标}
        max_length: 200
        core: true
      - id: clothing
        label: 穿
        type: choice
        choices: {from: check-result}
        required: true
        core: true
        help: 不愁穿：四季有换季衣服、有御寒被褥
      - id: clothing_note
        label: 穿的情况说明
        type: text
        required_when: {field: clothing, equals: 不达标}
        max_length: 200
        core: true
      - id: education
        label: 义务教育
        type: choice
        choices: {from: check-result}
        required: true
        core: true
        help: 义务教育阶段适龄儿童少年无失学辍学
      - id: education_note
        label: 义务教育情况说明
        type: text
        required_when: {field: education, equals: 不达标}
        max_length: 200
        core: true
      - id: medical
        label: 基本医疗
        type: choice
        choices: {from: check-result}
        required: true
        core: true
        help: 参加基本医疗保险，看得起病
      - id: medical_note
        label: 基本医疗情况说明
        type: text
        required_when: {field: medical, equals: 不达标}
        max_length: 200
        core: true
      - id: housing
        label: 住房安全
        type: choice
        choices: {from: check-result}
        required: true
        core: true
        help: 住房经鉴定安全，无 C、D 级危房
      - id: housing_note
        label: 住房安全情况说明
        type: text
        required_when: {field: housing, equals: 不达标}
        max_length: 200
        core: true
      - id: water
        label: 饮水安全
        type: choice
        choices: {from: check-result}
        required: true
        core: true
        help: 饮水的水量、水质、用水方便程度和供水保证率达标
      - id: water_note
        label: 饮水安全情况说明
        type: text
        required_when: {field: water, equals: 不达标}
        max_length: 200
        core: true
  - title: 收入、风险与帮扶
    fields:
      - id: income_estimate
        label: 家庭年收入估算（元）
        type: money
        min: 0
        max: 10000000
        core: true
        help: 工资性、生产经营性、财产性、转移性收入合计，以元为单位
      - id: new_risks
        label: 新发现的风险
        type: multi-choice
        choices: {from: risk-type}
        core: true
        help: 可多选；发现风险可启动防返贫监测或登记整改事项
      - id: measures
        label: 已落实的帮扶措施
        type: multi-choice
        choices: {from: assistance-measure}
        core: true
      - id: recognised
        label: 群众认可
        type: yes-no
        required: true
        core: true
        help: 农户对帮扶工作和走访结论是否认可
      - id: notes
        label: 备注
        type: text
        max_length: 500
        help: 其他需要记录的情况

"""##),
        ("visits.list.yaml", ##"""
# 走访记录列表：最近的入户走访在前。
list: visits
title: 入户走访记录
columns:
  - {id: visit_date, label: 日期, width: 10}
  - {id: household_number, label: 户编号, width: 16}
  - {id: head_name, label: 户主, weight: 2}
  - {id: visitor, label: 走访人, weight: 1}
  - {id: checks, label: 两不愁三保障, weight: 2}
  - {id: recognised, label: 认可, width: 4, align: center}
sort:
  - {id: newest, label: 最新在前, by: visit_date, order: descending, default: true}
  - {id: by_household, label: 按户编号, by: [household_number, visit_date]}
filters:
  - {id: query, label: 搜索, type: text}
  - {id: not_met, label: 有不达标, type: yes-no}
  - {id: visitor, label: 走访人, type: text}
empty_message: 还没有走访记录，在农户详情中按 v 新增走访

"""##),
    ]
}
