package io.propertyops.notification.catalogue.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An event's data as messages read it: a field of the event, or else of the work order it carries
 * ({@code workOrder}); codes in the words people use; instants in the estate's local time. The data is the event's
 * JSON as plain values: maps, lists, strings, numbers and booleans.
 */
public final class EventFields {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("REPAIR", "报修"), Map.entry("COMPLAINT", "投诉"), Map.entry("SUGGESTION", "建议"),
            Map.entry("INQUIRY", "咨询"), Map.entry("PRAISE", "表扬"),
            Map.entry("INSPECTION", "巡检"), Map.entry("MAINTENANCE", "保养"), Map.entry("DEVICE", "设备告警"),
            Map.entry("METER", "抄表"), Map.entry("SECURITY", "秩序维护"), Map.entry("FEEDBACK", "业主反馈"),
            Map.entry("MANUAL", "人工"),
            Map.entry("LIFT_ANNUAL_INSPECTION", "电梯年检"), Map.entry("FIRE_SYSTEM_TEST", "消防检测"),
            Map.entry("PRESSURE_VESSEL", "压力容器检验"), Map.entry("LIGHTNING_PROTECTION", "防雷检测"),
            Map.entry("OPERATIONAL", "运行"), Map.entry("STANDBY", "备用"), Map.entry("DOWN", "故障停机"),
            Map.entry("UNDER_MAINTENANCE", "维修保养"), Map.entry("IDLE", "闲置"), Map.entry("SCRAPPED", "报废"),
            Map.entry("WATER", "水表"), Map.entry("ELECTRICITY", "电表"), Map.entry("GAS", "燃气表"),
            Map.entry("HEAT", "热量表"), Map.entry("RUNNING_HOURS", "运行计时表"),
            Map.entry("EMERGENCY", "紧急"), Map.entry("URGENT", "加急"), Map.entry("NORMAL", "一般"), Map.entry("LOW", "低"),
            Map.entry("RESPONSE", "受理"), Map.entry("ARRIVAL", "到场"), Map.entry("RESOLUTION", "完工"),
            Map.entry("REPLY", "回复"),
            Map.entry("WAIVER", "减免"), Map.entry("VACANCY_DISCOUNT", "空置优惠"), Map.entry("REFUND", "退款"),
            Map.entry("DEPOSIT_RETURN", "退还押金"), Map.entry("BATCH_CANCELLATION", "作废收款批次"),
            Map.entry("EXPENSE", "支出"),
            Map.entry("WECHAT_PAY", "微信支付"), Map.entry("ALIPAY", "支付宝"), Map.entry("SANDBOX", "测试支付"),
            Map.entry("CASH", "现金"), Map.entry("POS", "POS 刷卡"), Map.entry("BANK_TRANSFER", "银行转账"),
            Map.entry("SCANNED_QR", "扫码支付"));
    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("REPAIR", "repair"), Map.entry("COMPLAINT", "complaint"), Map.entry("SUGGESTION", "suggestion"),
            Map.entry("INQUIRY", "inquiry"), Map.entry("PRAISE", "praise"),
            Map.entry("INSPECTION", "an inspection"), Map.entry("MAINTENANCE", "maintenance"),
            Map.entry("DEVICE", "a device alarm"), Map.entry("METER", "a meter reading"),
            Map.entry("SECURITY", "site security"), Map.entry("FEEDBACK", "an owner's feedback"),
            Map.entry("MANUAL", "staff"),
            Map.entry("LIFT_ANNUAL_INSPECTION", "lift annual inspection"), Map.entry("FIRE_SYSTEM_TEST", "fire system test"),
            Map.entry("PRESSURE_VESSEL", "pressure vessel"), Map.entry("LIGHTNING_PROTECTION", "lightning protection"),
            Map.entry("OPERATIONAL", "operational"), Map.entry("STANDBY", "standby"), Map.entry("DOWN", "down"),
            Map.entry("UNDER_MAINTENANCE", "under maintenance"), Map.entry("IDLE", "idle"), Map.entry("SCRAPPED", "scrapped"),
            Map.entry("WATER", "water meter"), Map.entry("ELECTRICITY", "electricity meter"), Map.entry("GAS", "gas meter"),
            Map.entry("HEAT", "heat meter"), Map.entry("RUNNING_HOURS", "hour meter"),
            Map.entry("EMERGENCY", "emergency"), Map.entry("URGENT", "urgent"), Map.entry("NORMAL", "normal"),
            Map.entry("LOW", "low"), Map.entry("RESPONSE", "response"), Map.entry("ARRIVAL", "arrival"),
            Map.entry("RESOLUTION", "resolution"), Map.entry("REPLY", "reply"),
            Map.entry("WAIVER", "waiver"), Map.entry("VACANCY_DISCOUNT", "vacancy discount"), Map.entry("REFUND", "refund"),
            Map.entry("DEPOSIT_RETURN", "deposit return"), Map.entry("BATCH_CANCELLATION", "cancellation of a cash batch"),
            Map.entry("EXPENSE", "expense"),
            Map.entry("WECHAT_PAY", "WeChat Pay"), Map.entry("ALIPAY", "Alipay"), Map.entry("SANDBOX", "sandbox"),
            Map.entry("CASH", "cash"), Map.entry("POS", "card"), Map.entry("BANK_TRANSFER", "bank transfer"),
            Map.entry("SCANNED_QR", "scanned QR code"));
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private static final DateTimeFormatter LOCAL_EN = DateTimeFormatter.ofPattern("d MMM HH:mm", java.util.Locale.ENGLISH);

    private final Map<String, ?> data;
    private final ZoneId zone;

    public EventFields(Map<String, ?> data, ZoneId zone) {
        this.data = data;
        this.zone = zone;
    }

    /** The raw value at a dotted path, looked up in the event and then in its work order. */
    public Optional<Object> raw(String path) {
        return at(data, path).or(() -> at(data.get("workOrder"), path));
    }

    /** The value as text: a string, a number or a boolean as written; nothing for a blank one, an object or a list. */
    public Optional<String> text(String path) {
        return raw(path).filter(value -> !(value instanceof Map<?, ?> || value instanceof List<?>))
                .map(String::valueOf).filter(value -> !value.isBlank());
    }

    /** The value as a message in Chinese shows it. */
    public Optional<String> shown(String path) {
        return shown(path, "zh-CN");
    }

    /** The value as a message in a language shows it: {@code zh-CN} or {@code en}. */
    public Optional<String> shown(String path, String language) {
        boolean english = "en".equals(language);
        return text(path).map(value -> (english ? ENGLISH : WORDS).getOrDefault(value,
                localTime(value, english ? LOCAL_EN : LOCAL)));
    }

    private String localTime(String value, DateTimeFormatter format) {
        if (value.length() < 20 || value.charAt(4) != '-' || value.charAt(10) != 'T') {
            return value;
        }
        try {
            return format.format(Instant.parse(value).atZone(zone));
        } catch (DateTimeParseException notAnInstant) {
            return value;
        }
    }

    private static Optional<Object> at(Object node, String path) {
        Object current = node;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> fields)) {
                return Optional.empty();
            }
            current = fields.get(part);
        }
        return Optional.ofNullable(current);
    }
}
