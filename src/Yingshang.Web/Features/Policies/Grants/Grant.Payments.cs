using Yingshang.Web.Platform.Errors;

namespace Yingshang.Web.Features.Policies.Grants;

public sealed partial class Grant
{
    /// <summary>The department enters the payment order (待支付); one open payment at a time.</summary>
    public GrantPayment RecordPayment(decimal amount, string? voucher, DateOnly date, DateTime now, string actor)
    {
        Require("登记支付", GrantStatus.Approved);
        if (!HasMoney) throw new BusinessRuleException("grant.no-money", "该兑现事项不涉及资金支付");
        if (_payments.Any(p => p.Status == PaymentStatus.Pending))
            throw new BusinessRuleException("grant.payment-open", "已有一笔待支付的记录，请先标记已支付或已退回");
        if (amount <= 0 || decimal.Round(amount, 2) != amount) throw new FieldValidationException("amount", "支付金额须为大于 0 的金额，最多两位小数");
        if (amount > Amount) throw new FieldValidationException("amount", $"支付金额不能超过核定金额 {Amount:N2} 元");
        if (date > Today(now)) throw new FieldValidationException("date", "登记日期不能晚于今天");
        // Paid after the approval, never before it: an early date would also shorten the statistics' average days.
        if (DecidedAt is { } decided && date < Today(decided))
            throw new FieldValidationException("date", $"登记日期不能早于审批通过日期 {Today(decided):yyyy-MM-dd}");
        var payment = new GrantPayment(amount, GrantPayment.CheckVoucher(voucher), date);
        _payments.Add(payment);
        Log(now, actor, "登记支付（待支付）", $"凭证号 {payment.VoucherNumber}，金额 {amount:N2} 元");
        return payment;
    }

    public void MarkPaid(int paymentId, DateOnly paidOn, DateTime now, string actor)
    {
        Require("标记已支付", GrantStatus.Approved);
        var payment = Payment(paymentId);
        if (payment.Status != PaymentStatus.Pending) throw new BusinessRuleException("grant.illegal-transition", "只有待支付的记录可以标记为已支付");
        if (paidOn < payment.Date) throw new FieldValidationException("paidOn", "支付日期不能早于登记日期");
        // A date ahead would count in the statistics as days from policy to payment that have not passed.
        if (paidOn > Today(now)) throw new FieldValidationException("paidOn", "支付日期不能晚于今天");
        payment.Paid(paidOn);
        Status = GrantStatus.Paid;
        PaidOn = paidOn;
        Log(now, actor, "已支付", $"凭证号 {payment.VoucherNumber}，{paidOn:yyyy-MM-dd}");
    }

    /// <summary>The bank returned the transfer (wrong account, closed account): the case is payable again.</summary>
    public void MarkReturned(int paymentId, string? reason, DateTime now, string actor)
    {
        var payment = Payment(paymentId);
        if (payment.Status == PaymentStatus.Returned) throw new BusinessRuleException("grant.illegal-transition", "该支付记录已退回");
        payment.Returned(Text("reason", reason, "退回原因", 500));
        Status = GrantStatus.Approved;
        PaidOn = null;
        Log(now, actor, "支付已退回", $"凭证号 {payment.VoucherNumber}：{payment.ReturnReason}");
    }

    private static DateOnly Today(DateTime now) => DateOnly.FromDateTime(Platform.Time.ChinaTime.ToLocal(now).DateTime);

    private GrantPayment Payment(int id) =>
        _payments.FirstOrDefault(p => p.Id == id) ?? throw new BusinessRuleException("grant.payment-unknown", "该兑现案件没有这笔支付记录");
}
