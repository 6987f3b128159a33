using Yingshang.Web.Platform.Notifications;

namespace Yingshang.Tests.Platform;

public sealed class PhoneMaskTests
{
    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("请致电 0871-65123456 或 13987654321", "请致电 087*****3456 或 139****4321")]
    [InlineData("身份证 53010219900101123X", "身份证 530***********123X")]
    [InlineData("身份证110105194912310021", "身份证110***********0021")]
    [InlineData("手机 139 1111 2222，备用 139-1111-3333", "手机 139****2222，备用 139****3333")]
    [InlineData("座机 6555123 或 65551234", "座机 ***5123 或 ****1234")]
    [InlineData("编号 123456 不是电话", "编号 123456 不是电话")]
    [InlineData("我公司（统一社会信用代码 91532901MA6UMH722J）诉求 SFZ-APL-2026-027265", "我公司（统一社会信用代码 91532901MA6UMH722J）诉求 SFZ-APL-2026-027265")]
    [InlineData("2026-11-28 施工，面积 1200 平方米，200 万元", "2026-11-28 施工，面积 1200 平方米，200 万元")]
    [InlineData("电话13812345678QQ同号", "电话138****5678QQ同号")]
    [InlineData("座机 0871-6555-1234", "座机 087*****1234")]
    [InlineData("补贴 1500000 元，欠款 12345678.5万元，面积 2000000平方米", "补贴 1500000 元，欠款 12345678.5万元，面积 2000000平方米")]
    [InlineData("合同签于20260315，编号20261399", "合同签于20260315，编号****1399")]
    [InlineData("身份证号 53010219900101123X。", "身份证号 530***********123X。")]
    [InlineData("", "")]
    public void Phone_and_id_numbers_are_masked_however_they_are_written(string text, string masked) =>
        PhoneMask.Mask(text).ShouldBe(masked);

    [Fact]
    public void A_number_at_the_cut_is_masked_before_the_text_is_cut()
    {
        var text = new string('字', 50) + "身份证110105194912310021";
        var cut = PhoneMask.MaskAndCut(text, 60);
        cut.ShouldBe(new string('字', 50) + "身份证110****…");
        cut.ShouldNotContain("1101051");
    }
}
