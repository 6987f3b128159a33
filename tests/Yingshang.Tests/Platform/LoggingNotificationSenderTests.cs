using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Yingshang.Web.Platform.Notifications;

namespace Yingshang.Tests.Platform;

public sealed class LoggingNotificationSenderTests
{
    private const string Token = "Qx7_3kP9vLmN2rT5wY8zA1bC4dE6fG0hJ-sUoIiKe";

    private static async Task<string> LoggedAsync(bool logLinks)
    {
        var logger = new Captured();
        var sender = new LoggingNotificationSender(logger, Options.Create(new NotificationOptions { LogLinks = logLinks }));
        var message = OutboxMessage.Create(NotificationChannel.Sms, "13912345678", "诉求办结回访邀请",
            $"请评价办理结果：http://127.0.0.1:5080/Public/Rate/{Token} 链接 15 天内有效", "Appeal", "1", DateTime.UtcNow);
        await sender.SendAsync(message, CancellationToken.None);
        return logger.Lines.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task The_log_holds_no_live_rating_link_and_no_whole_phone_number()
    {
        var line = await LoggedAsync(logLinks: false);
        line.ShouldNotContain(Token);
        line.ShouldContain("/Public/Rate/（一次性链接已隐藏）");
        line.ShouldContain("139****5678");
        line.ShouldNotContain("13912345678");
    }

    [Fact]
    public async Task With_LogLinks_on_a_demo_user_can_follow_the_link_from_the_log() =>
        (await LoggedAsync(logLinks: true)).ShouldContain("/Public/Rate/" + Token);

    private sealed class Captured : ILogger<LoggingNotificationSender>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception));
    }
}
