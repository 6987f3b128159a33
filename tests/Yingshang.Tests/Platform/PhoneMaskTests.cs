using Yingshang.Web.Platform.Notifications;

namespace Yingshang.Tests.Platform;

public sealed class PhoneMaskTests
{
    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("请致电 0871-65123456 或 13987654321", "请致电 0871-651*3456 或 139****4321")]
    [InlineData("身份证 53010219900101123X", "身份证 530**********1123X")]
    [InlineData("编号 123456 不是电话", "编号 123456 不是电话")]
    [InlineData("", "")]
    public void Phone_and_id_numbers_keep_only_their_first_three_and_last_four_digits(string text, string masked) =>
        PhoneMask.Mask(text).ShouldBe(masked);
}
