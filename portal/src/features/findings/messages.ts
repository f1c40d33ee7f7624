/** The findings page's texts: zh-CN as property staff say it, en complete with the same keys. */
const zhCN = {
  menu: '问题发现',
  title: '问题发现',
  noCommunity: '还没有可查看的小区',
  source: {
    INSPECTION: '巡检', MAINTENANCE: '保养', DEVICE: '设备告警', METER: '抄表异常', SECURITY: '秩序维护', FEEDBACK: '业主反馈',
    MANUAL: '人工上报',
  },
  status: { OPEN: '待转工单', LINKED: '已转工单', CLEARED: '已消除' },
  severity: { LOW: '轻微', MEDIUM: '一般', HIGH: '严重', CRITICAL: '紧急' },
  locationKind: {
    COMMUNITY: '小区整体', BUILDING: '楼栋', UNIT: '房屋', COMMON_AREA: '公共区域', PARKING_AREA: '停车场', PARKING_SPACE: '车位',
  },
  fault: {
    leak: '渗漏', noise: '异响', damage: '破损', 'not-working': '不能使用', blocked: '堵塞', 'light-out': '灯具不亮', dirty: '脏污',
    'safety-hazard': '安全隐患', odor: '异味', other: '其他',
  },
  field: {
    source: '来源', status: '状态', equipment: '设备', foundAt: '发现时间', title: '问题', severity: '严重程度', where: '位置 / 设备',
    workOrder: '工单', faultType: '问题类型', category: '维修专业', reporter: '发现人', clearedAt: '消除时间', detail: '详细描述',
    evidence: '证据',
  },
  placeholder: { source: '全部来源', status: '全部状态', equipment: '搜索设备编号或名称' },
  action: { report: '上报问题' },
  list: {
    empty: '还没有发现的问题', emptyFiltered: '没有符合条件的问题', equipment: '设备',
  },
  workOrder: {
    open: '查看工单', nth: '第 {n} 次发生（共 {of} 次）', times: '共发生 {of} 次', repeat: '重复故障',
    repeatHint: '同一问题的上一张工单完工后不久再次发生：点击查看上一张工单', waiting: '正在生成工单…', none: '未转工单',
  },
  reporter: { device: '设备 {device}', system: '系统' },
  evidence: {
    kind: { ANSWER: '巡检答案', VALUE: '数值', PHOTO: '照片', ALARM: '告警', TEXT: '文字' },
    kindLabel: '证据类型', label: '名称（如：出口压力）', value: '内容（如：0.12 MPa）', add: '添加证据', remove: '删除这条证据',
    none: '没有附加证据',
  },
  place: {
    kind: '位置类别', place: '位置', pick: '选择或搜索位置', typeId: '无法读取位置列表：请填写位置编号', name: '位置名称',
    nameHint: '员工习惯的叫法，如“3号楼 水泵房”',
  },
  report: {
    title: '上报发现的问题', titleHint: '一句话说明问题，如：2号泵运行异响', faultHint: '选择或输入问题类型',
    categoryHint: '由哪个专业来修', equipmentHint: '与设备有关时选择（选填）', detailHint: '现场看到的情况、影响范围等',
    submit: '上报', done: '已上报，系统正在为它生成工单。',
  },
  err: { required: '必填', format: '格式不正确（小写字母、数字和 - . ）', length: '长度超出限制', range: '数值超出范围' },
  problem: {
    'validation-failed': '有内容填写不正确，请按提示修改。',
    forbidden: '您没有权限执行此操作。',
  },
}

const en: typeof zhCN = {
  menu: 'Findings',
  title: 'Findings',
  noCommunity: 'No community to look at yet',
  source: {
    INSPECTION: 'Inspection', MAINTENANCE: 'Maintenance', DEVICE: 'Device alarm', METER: 'Meter reading', SECURITY: 'Security',
    FEEDBACK: 'Owner feedback', MANUAL: 'Reported by hand',
  },
  status: { OPEN: 'Awaiting work order', LINKED: 'In a work order', CLEARED: 'Cleared' },
  severity: { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High', CRITICAL: 'Critical' },
  locationKind: {
    COMMUNITY: 'Whole community', BUILDING: 'Building', UNIT: 'Unit', COMMON_AREA: 'Common area', PARKING_AREA: 'Car park',
    PARKING_SPACE: 'Parking space',
  },
  fault: {
    leak: 'Leak', noise: 'Noise', damage: 'Damage', 'not-working': 'Not working', blocked: 'Blocked', 'light-out': 'Light out',
    dirty: 'Dirty', 'safety-hazard': 'Safety hazard', odor: 'Odour', other: 'Other',
  },
  field: {
    source: 'Source', status: 'Status', equipment: 'Equipment', foundAt: 'Found', title: 'Problem', severity: 'Severity',
    where: 'Place / equipment', workOrder: 'Work order', faultType: 'Fault type', category: 'Trade', reporter: 'Found by',
    clearedAt: 'Cleared', detail: 'Details', evidence: 'Evidence',
  },
  placeholder: { source: 'All sources', status: 'All statuses', equipment: 'Search equipment code or name' },
  action: { report: 'Report a problem' },
  list: {
    empty: 'No findings yet', emptyFiltered: 'No findings match these filters', equipment: 'Equipment',
  },
  workOrder: {
    open: 'Open work order', nth: 'Occurrence {n} of {of}', times: 'Occurred {of} times', repeat: 'Repeat failure',
    repeatHint: 'The same problem came back soon after its last work order was resolved: open that work order',
    waiting: 'Opening a work order…', none: 'No work order',
  },
  reporter: { device: 'Device {device}', system: 'System' },
  evidence: {
    kind: { ANSWER: 'Answer', VALUE: 'Value', PHOTO: 'Photo', ALARM: 'Alarm', TEXT: 'Text' },
    kindLabel: 'Kind of evidence', label: 'Label (e.g. outlet pressure)', value: 'Value (e.g. 0.12 MPa)', add: 'Add evidence',
    remove: 'Remove this evidence', none: 'No evidence attached',
  },
  place: {
    kind: 'Kind of place', place: 'Place', pick: 'Pick or search a place', typeId: 'The list of places cannot be read: type the place id',
    name: 'Place name', nameHint: 'What staff call it, e.g. "Building 3 pump room"',
  },
  report: {
    title: 'Report a problem found', titleHint: 'The problem in a sentence, e.g. pump 2 runs noisily', faultHint: 'Pick or type a fault type',
    categoryHint: 'The trade that fixes it', equipmentHint: 'When it is about a piece of equipment (optional)',
    detailHint: 'What you saw on site, what it affects', submit: 'Report', done: 'Reported; a work order is being opened for it.',
  },
  err: { required: 'Required', format: 'Invalid format (lowercase letters, digits, - and .)', length: 'Too long', range: 'Out of range' },
  problem: {
    'validation-failed': 'Some fields are not right; see the hints beside them.',
    forbidden: 'You may not do this.',
  },
}

export default { 'zh-CN': zhCN, en }
