package io.propertyops.billing.payment.web;

import io.propertyops.billing.ledger.domain.PaymentMethod;
import io.propertyops.billing.payment.application.PaymentProperties;
import io.propertyops.billing.payment.application.Receipts;
import io.propertyops.billing.payment.domain.ChineseAmount;
import io.propertyops.billing.payment.domain.Receipt;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Prints a receipt (收据) as a PDF with its Chinese text embedded: the community, the unit, who paid, the lines paid,
 * the amount in figures and in capitals (大写), the method, the cashier and the date; VOID (作废) across a voided one.
 * The CJK font is the configured file ({@code propertyops.billing.payments.receipt-font}); without it receipts cannot
 * be printed, and the error says which file is missing and which Debian package brings it.
 */
@Component
class ReceiptPrinter {

    private static final Map<PaymentMethod, String> METHODS = Map.of(PaymentMethod.CASH, "现金", PaymentMethod.POS, "POS 刷卡",
            PaymentMethod.BANK_TRANSFER, "银行转账", PaymentMethod.SCANNED_QR, "扫码支付", PaymentMethod.WECHAT_PAY, "微信支付",
            PaymentMethod.ALIPAY, "支付宝", PaymentMethod.SANDBOX, "在线支付(沙箱)");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final String fontSpec;
    private final ZoneId zone;
    private volatile BaseFont font;

    ReceiptPrinter(PaymentProperties properties) {
        this.fontSpec = properties.receiptFont();
        this.zone = properties.zone();
    }

    /** The CJK font is not where the configuration says. */
    static final class FontMissing extends RuntimeException {
        FontMissing(String message) {
            super(message, null, false, false);
        }
    }

    private BaseFont font() {
        BaseFont loaded = font;
        if (loaded == null) {
            String file = fontSpec.replaceFirst(",\\d+$", "");
            if (!Files.isReadable(Path.of(file))) {
                throw new FontMissing("Receipts are printed in the CJK font " + file + ", which is missing: install Debian's "
                        + "fonts-noto-cjk (deploy/local/browser.sh does) or set propertyops.billing.payments.receipt-font");
            }
            try {
                loaded = BaseFont.createFont(fontSpec, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (Exception e) {
                throw new FontMissing("The CJK font " + fontSpec + " cannot be read: " + e.getMessage());
            }
            font = loaded;
        }
        return loaded;
    }

    byte[] print(Receipts.Printable printable) {
        Receipt receipt = printable.receipt();
        BaseFont base = font();
        Font title = new Font(base, 18, Font.BOLD);
        Font text = new Font(base, 10.5f);
        Font small = new Font(base, 9);
        Font strong = new Font(base, 11, Font.BOLD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A5.rotate(), 36, 36, 28, 28);
        PdfWriter.getInstance(document, out);
        document.addTitle("收据 " + receipt.number());
        document.addCreator("PropertyOps");
        document.addKeywords(receipt.id()); // the receipt's id, readable in the file itself
        document.open();

        Paragraph heading = new Paragraph(receipt.voided() ? "收  据（作废）" : "收  据", title);
        heading.setAlignment(Element.ALIGN_CENTER);
        document.add(heading);
        Paragraph number = new Paragraph("No. " + receipt.number(), small);
        number.setAlignment(Element.ALIGN_RIGHT);
        document.add(number);

        PdfPTable head = new PdfPTable(new float[]{1, 2, 1, 2});
        head.setWidthPercentage(100);
        head.setSpacingBefore(6);
        cell(head, "小区", text);
        cell(head, receipt.communityId(), text);
        cell(head, "房屋", text);
        cell(head, receipt.unitNumber() != null ? receipt.unitNumber() : receipt.payer(), text);
        cell(head, "交款人", text);
        cell(head, receipt.payerName() == null || receipt.payerName().isBlank() ? "业主" : receipt.payerName(), text);
        cell(head, "收款日期", text);
        cell(head, DATE.format(receipt.receivedAt().atZone(zone)), text);
        document.add(head);

        PdfPTable lines = new PdfPTable(new float[]{3, 2, 2});
        lines.setWidthPercentage(100);
        lines.setSpacingBefore(8);
        cell(lines, "收费项目", strong);
        cell(lines, "所属期间", strong);
        cell(lines, "金额（元）", strong);
        for (Receipts.PaidLine line : printable.lines()) {
            cell(lines, line.feeName(), text);
            cell(lines, line.period() == null ? "" : line.period(), text);
            amount(lines, line.amount().toString(), text);
        }
        if (printable.prepaid().isPositive()) {
            cell(lines, "预存款", text);
            cell(lines, "", text);
            amount(lines, printable.prepaid().toString(), text);
        }
        document.add(lines);

        PdfPTable total = new PdfPTable(new float[]{1, 4});
        total.setWidthPercentage(100);
        total.setSpacingBefore(8);
        cell(total, "合计（小写）", strong);
        cell(total, "¥" + receipt.amount(), strong);
        cell(total, "合计（大写）", strong);
        cell(total, "人民币" + ChineseAmount.of(receipt.amount()), strong);
        cell(total, "付款方式", text);
        cell(total, METHODS.getOrDefault(receipt.method(), receipt.method().name())
                + (receipt.reference() == null ? "" : "（" + receipt.reference() + "）"), text);
        document.add(total);

        String cashier = receipt.cashierName() != null ? receipt.cashierName()
                : receipt.cashierId() != null ? receipt.cashierId() : "在线支付";
        Paragraph footer = new Paragraph("收款人：" + cashier + "        收款单位（盖章）：", text);
        footer.setSpacingBefore(14);
        document.add(footer);
        if (receipt.voided()) {
            Paragraph voided = new Paragraph("本收据已作废：" + (receipt.voidReason() == null ? "" : receipt.voidReason()), small);
            voided.setSpacingBefore(6);
            document.add(voided);
        }
        document.close();
        return out.toByteArray();
    }

    private static void cell(PdfPTable table, String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, font));
        cell.setPadding(5);
        table.addCell(cell);
    }

    private static void amount(PdfPTable table, String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setPadding(5);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(cell);
    }
}
