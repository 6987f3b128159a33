using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Enterprises.Visits;

/// <summary>A 联企走访 by the enterprise's 首席服务员: when, who took part, what was found, and the issues raised.</summary>
public sealed class EnterpriseVisit : Entity
{
    public const int MaxIssues = 10;

    private EnterpriseVisit() { }

    public string Uscc { get; private set; } = "";
    public string EnterpriseName { get; private set; } = "";
    public string OfficerUserName { get; private set; } = "";
    public string OfficerName { get; private set; } = "";
    public DateOnly VisitDate { get; private set; }
    public string Participants { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public string? ContactName { get; private set; }
    /// <summary>The form's one-time key or the API's Idempotency-Key: the same officer's same key records the visit once.</summary>
    public string? SubmissionKey { get; private set; }
    /// <summary>SHA-256 of the whole submission (also what is not stored here: which issues became appeals, the phone).</summary>
    public string? SubmissionHash { get; private set; }
    public List<VisitIssue> Issues { get; private set; } = [];

    /// <summary>A visit dated after <paramref name="today"/> (China date) is refused: a visit is recorded after it happened.</summary>
    public static EnterpriseVisit Record(string uscc, string enterpriseName, string officerUserName, string officerName, DateOnly visitDate,
        DateOnly today, string participants, string summary, string? contactName, IEnumerable<string> issues,
        (string Key, string Hash)? submission = null)
    {
        if (visitDate > today) throw new FieldValidationException("visitDate", $"走访日期不能晚于今天（{today:yyyy-MM-dd}）");
        var list = issues.ToList();
        if (list.Count > MaxIssues) throw new FieldValidationException("issues", $"一次走访最多登记 {MaxIssues} 个问题");
        return new EnterpriseVisit
        {
            Uscc = uscc, EnterpriseName = enterpriseName, OfficerUserName = officerUserName, OfficerName = officerName, VisitDate = visitDate,
            Participants = participants, Summary = summary, ContactName = contactName, Issues = [.. list.Select(t => new VisitIssue(t))],
            SubmissionKey = submission?.Key, SubmissionHash = submission?.Hash,
        };
    }

    /// <summary>Whether a second submission under this visit's key is the same visit (a double click, a retry), not another one.</summary>
    public bool SameAs(EnterpriseVisit other) => SubmissionHash is not null
        ? SubmissionHash == other.SubmissionHash
        // Stored before the hash existed (a form opened before an upgrade): the fields the visit keeps must agree.
        : (Uscc, VisitDate, Participants, Summary, ContactName) == (other.Uscc, other.VisitDate, other.Participants, other.Summary, other.ContactName)
          && Issues.Select(i => i.Content).SequenceEqual(other.Issues.Select(i => i.Content));
}

/// <summary>An issue raised during a visit; when submitted as an appeal (channel visit) it names that appeal.</summary>
public sealed class VisitIssue
{
    private VisitIssue() { }

    public VisitIssue(string content) => Content = content;

    public int Id { get; private set; }
    public string Content { get; private set; } = "";
    public int? AppealId { get; private set; }
    public string? AppealNumber { get; private set; }

    public void LinkAppeal(int id, string number)
    {
        AppealId = id;
        AppealNumber = number;
    }
}
