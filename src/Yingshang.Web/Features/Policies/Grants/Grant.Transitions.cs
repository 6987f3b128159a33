using Yingshang.Web.Platform.Errors;

namespace Yingshang.Web.Features.Policies.Grants;

public sealed partial class Grant
{
    /// <summary>The enterprise accepts; a benefit paid in money needs the account it is paid into.</summary>
    public void Confirm(BankAccount? account, DateTime now, string actor)
    {
        Require("确认", GrantStatus.Notified);
        if (HasMoney)
        {
            if (account is null) throw new FieldValidationException("accountNumber", "资金类兑现须填写收款账户");
            var checkedAccount = account.Checked();
            (BankName, AccountName, AccountNumber) = (checkedAccount.BankName, checkedAccount.AccountName, checkedAccount.AccountNumber);
        }
        Status = GrantStatus.Confirmed;
        ConfirmedAt = now;
        Log(now, actor, "企业确认享受", HasMoney ? $"收款账户：{BankName} {AccountName} {BankAccount.Mask(AccountNumber!)}" : null);
    }

    public void Decline(string? reason, DateTime now, string actor)
    {
        Require("放弃", GrantStatus.Notified, GrantStatus.AwaitingData);
        Reason = Text("reason", reason, "放弃原因", 500);
        Status = GrantStatus.Declined;
        DecidedAt = now;
        Log(now, actor, "企业放弃", Reason);
    }

    /// <summary>The supplied values were stored and the rule re-evaluated with them: eligible, not eligible, or still missing some.</summary>
    public void Supplied(string supplementJson, ReEvaluation outcome, DateTime now, string actor)
    {
        Require("补充数据", GrantStatus.AwaitingData);
        Supplement = supplementJson;
        MissingFields = outcome.Missing.Count == 0 ? null : string.Join(',', outcome.Missing);
        if (outcome.Eligible == true)
        {
            Status = GrantStatus.Notified;
            Amount = outcome.Amount;
            Log(now, actor, "企业补充数据，重新评估：符合，待企业确认", supplementJson);
        }
        else if (outcome.Eligible == false)
        {
            Status = GrantStatus.Ineligible;
            DecidedAt = now;
            Log(now, actor, "企业补充数据，重新评估：不符合", supplementJson);
        }
        else
        {
            Log(now, actor, "企业补充数据，仍有数据缺失", supplementJson);
        }
    }

    /// <summary>The department approves (and with it accepts any supplied data it reviewed).</summary>
    public void Approve(string? note, DateTime now, string actor)
    {
        Require("审批通过", GrantStatus.Confirmed);
        Status = GrantStatus.Approved;
        DecidedAt = now;
        Log(now, actor, Supplement is null ? "部门审批通过" : "部门审核补充数据并审批通过", string.IsNullOrWhiteSpace(note) ? null : note.Trim());
    }

    public void Reject(string? reason, DateTime now, string actor)
    {
        Require("不予通过", GrantStatus.Confirmed);
        Reason = Text("reason", reason, "不予通过的理由", 500);
        Status = GrantStatus.Rejected;
        DecidedAt = now;
        Log(now, actor, "部门不予通过", Reason);
    }
}

/// <summary>The result of evaluating a case again with the supplied values: true/false, or null with the fields still missing.</summary>
public sealed record ReEvaluation(bool? Eligible, decimal? Amount, IReadOnlyList<string> Missing);
