using Yingshang.Web.Features.Appeals.Rate;

namespace Yingshang.Tests.Appeals;

public sealed class RatingOptionsTests
{
    [Theory]
    [InlineData("https://12345.sfz.gov.cn", true)]
    [InlineData("http://127.0.0.1:5080/", true)]
    [InlineData("https://sfz.gov.cn/12345", true)]
    [InlineData("ftp://12345.sfz.gov.cn", false)]
    [InlineData("https://12345.sfz.gov.cn/?from=sms", false)]
    [InlineData("https://user:pw@12345.sfz.gov.cn", false)]
    [InlineData("/Public", false)]
    public void The_rating_links_address_must_be_an_absolute_web_address(string url, bool valid) =>
        RatingOptions.IsValidBase(new Uri(url, UriKind.RelativeOrAbsolute)).ShouldBe(valid);

    [Fact]
    public void The_default_address_is_where_the_platform_starts() =>
        new RatingOptions().PublicBaseUrl.ShouldBe(new Uri("http://127.0.0.1:5080"));
}
