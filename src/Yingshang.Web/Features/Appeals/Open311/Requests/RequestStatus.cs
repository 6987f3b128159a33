namespace Yingshang.Web.Features.Appeals.Open311.Requests;

/// <summary>
/// GeoReport knows two statuses: <c>open</c> (reported) and <c>closed</c> (resolved). An appeal is closed once the centre has
/// answered it directly, reviewed the department's reply (办结) or visited the requester afterwards; a merged appeal
/// is as open or closed as the appeal it follows. Everything else is still being handled, including a reply awaiting review.
/// </summary>
public static class RequestStatus
{
    public const string Open = "open";
    public const string Closed = "closed";

    public static bool IsClosed(AppealStatus status) =>
        status is AppealStatus.Answered or AppealStatus.Closed or AppealStatus.Visited;

    public static string Of(AppealStatus status, AppealStatus? survivor) =>
        IsClosed(status == AppealStatus.Merged && survivor is { } s ? s : status) ? Closed : Open;

    /// <summary>Explains the status in the words of the appeal list, with the reply once it is closed.</summary>
    public static string Notes(AppealStatus status, AppealStatus? survivor, string? reply)
    {
        var effective = status == AppealStatus.Merged && survivor is { } s ? s : status;
        var note = status == AppealStatus.Merged ? $"已与同一问题的诉求合并办理，当前：{effective.Title()}" : effective.Title();
        return IsClosed(effective) && !string.IsNullOrWhiteSpace(reply) ? $"{note}。答复：{reply}" : note;
    }
}
