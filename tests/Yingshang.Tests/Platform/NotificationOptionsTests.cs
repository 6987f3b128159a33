using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Shouldly;
using Yingshang.Web.Platform.Notifications;

namespace Yingshang.Tests.Platform;

public sealed class NotificationOptionsTests
{
    private static NotificationOptions Resolve(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        using var services = new ServiceCollection().AddLogging().AddNotifications(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<NotificationOptions>>().Value;
    }

    [Fact]
    public void The_defaults_let_a_webhook_batch_finish_within_its_lease()
    {
        var options = Resolve(("Notifications:Sender", "Webhook"), ("Notifications:Webhook:Url", "https://sms.example.gov.cn/send"));

        (options.BatchSize * options.Webhook.TimeoutSeconds).ShouldBeLessThan(options.LeaseSeconds);
    }

    [Fact]
    public void Sending_several_at_once_lets_a_larger_batch_finish_within_its_lease()
    {
        var options = Resolve(("Notifications:Sender", "Webhook"), ("Notifications:Webhook:Url", "https://sms.example.gov.cn/send"),
            ("Notifications:BatchSize", "40"), ("Notifications:Parallelism", "4"), ("Notifications:LeaseSeconds", "300"));

        options.WorstBatchSeconds.ShouldBe(100);
    }

    [Fact]
    public void A_webhook_batch_that_could_outlast_its_lease_is_refused_at_start()
    {
        var error = Should.Throw<OptionsValidationException>(() => Resolve(("Notifications:Sender", "Webhook"),
            ("Notifications:Webhook:Url", "https://sms.example.gov.cn/send"), ("Notifications:BatchSize", "40"), ("Notifications:Parallelism", "1"),
            ("Notifications:LeaseSeconds", "300")));

        error.Message.ShouldContain("LeaseSeconds");
    }

    [Fact]
    public void The_logging_sender_takes_any_batch_size()
    {
        Resolve(("Notifications:BatchSize", "1000"), ("Notifications:LeaseSeconds", "60")).BatchSize.ShouldBe(1000);
    }
}
