using System.Text.RegularExpressions;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Policies.Grants;

public enum PaymentStatus { Pending, Paid, Returned }

/// <summary>One step of a case's history: who did what, when.</summary>
public sealed class GrantStep : Entity
{
    private GrantStep() { }

    internal GrantStep(DateTime at, string actor, string action, string? note) => (At, Actor, Action, Note) = (at, actor, action, note);

    public int GrantId { get; private set; }
    public DateTime At { get; private set; }
    public string Actor { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string? Note { get; private set; }
}

/// <summary>A payment ledger entry (兑现台账): amount, booking date, unique voucher number, 待支付/已支付/已退回.</summary>
public sealed partial class GrantPayment : Entity
{
    private GrantPayment() { }

    internal GrantPayment(decimal amount, string voucher, DateOnly date) => (Amount, VoucherNumber, Date, Status) = (amount, voucher, date, PaymentStatus.Pending);

    public int GrantId { get; private set; }
    public decimal Amount { get; private set; }
    public string VoucherNumber { get; private set; } = "";
    public DateOnly Date { get; private set; }
    public PaymentStatus Status { get; private set; }
    public DateOnly? PaidOn { get; private set; }
    public string? ReturnReason { get; private set; }

    internal void Paid(DateOnly on) => (Status, PaidOn) = (PaymentStatus.Paid, on);

    internal void Returned(string reason) => (Status, ReturnReason) = (PaymentStatus.Returned, reason);

    internal static string CheckVoucher(string? voucher)
    {
        var v = voucher?.Trim() ?? "";
        if (!VoucherPattern().IsMatch(v)) throw new FieldValidationException("voucherNumber", "凭证号须为 4–40 位字母、数字或“-”");
        return v;
    }

    [GeneratedRegex("^[A-Za-z0-9-]{4,40}$")]
    private static partial Regex VoucherPattern();
}

/// <summary>The account a monetary benefit is paid into, as the enterprise enters it.</summary>
public sealed record BankAccount(string? BankName, string? AccountName, string? AccountNumber)
{
    /// <summary>Trimmed and checked: bank and holder named; the number 8–30 digits (对公 and personal accounts differ in length), spaces allowed.</summary>
    public BankAccount Checked()
    {
        var bank = BankName?.Trim() ?? "";
        if (bank.Length is 0 or > 100) throw new FieldValidationException("bankName", "请填写开户银行（不超过 100 个字）");
        var holder = AccountName?.Trim() ?? "";
        if (holder.Length is 0 or > 200) throw new FieldValidationException("accountName", "请填写账户名称（不超过 200 个字）");
        var number = (AccountNumber ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();
        if (number.Length is < 8 or > 30 || !number.All(char.IsAsciiDigit))
            throw new FieldValidationException("accountNumber", "银行账号须为 8–30 位数字");
        return new BankAccount(bank, holder, number);
    }

    /// <summary>Shown in history and lists: the last four digits only.</summary>
    public static string Mask(string number) => number.Length <= 4 ? number : new string('*', number.Length - 4) + number[^4..];
}
