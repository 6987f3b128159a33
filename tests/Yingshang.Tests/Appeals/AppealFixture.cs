using Yingshang.Web.Features.Appeals;
using Yingshang.Web.Features.Appeals.Sla;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Time;
using Yingshang.Tests.Time;

namespace Yingshang.Tests.Appeals;

/// <summary>Appeals built in memory on the shipped calendar, and a movable "now".</summary>
internal sealed class AppealFixture
{
    private static int _nextId;

    public DateTimeOffset Now { get; set; } = HolidayData.Beijing(2026, 3, 2, 9);

    public AppealContext As(string user = "tester") => new(user, user, Now, HolidayData.Calendar);

    public static DispatchTarget Market => new(3, "州市场监督管理局", []);

    public Appeal New(AppealType type = AppealType.Complaint, AppealUrgency urgency = AppealUrgency.Normal)
    {
        var appeal = Appeal.Receive(new AppealIntake("门口占道经营", type, urgency, AppealChannel.Phone, 1, "人民路 1 号", "市场监管",
            "张三", "13812345678", false, null, null), "SFZ-APL-2026-000001", "ABCDEFGHJK", As("operator"));
        typeof(Entity).GetProperty(nameof(Entity.Id))!.SetValue(appeal, Interlocked.Increment(ref _nextId));
        return appeal;
    }

    public Appeal Dispatched(AppealType type = AppealType.Complaint, AppealUrgency urgency = AppealUrgency.Normal)
    {
        var appeal = New(type, urgency);
        appeal.Dispatch(As("operator"), Market, SlaMatrix.Default(type, urgency));
        return appeal;
    }

    public Appeal Contacted()
    {
        var appeal = Dispatched();
        appeal.Sign(As("handler"));
        appeal.Contact(As("handler"), "已电话联系诉求人");
        return appeal;
    }

    public Appeal Closed()
    {
        var appeal = Contacted();
        appeal.SubmitReply(As("handler"), "已责令整改");
        appeal.Close(As("operator"), null);
        return appeal;
    }

    public static DateTimeOffset End(int year, int month, int day) => WorkCalendar.EndOfDay(new DateOnly(year, month, day));

    public static DateTimeOffset Local(DateTime? utc) => ChinaTime.ToLocal(utc!.Value);
}
