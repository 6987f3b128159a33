using Yingshang.Web.Features.Appeals.Privacy;
using Yingshang.Web.Features.Appeals.Rate;
using Yingshang.Web.Platform.Errors;

namespace Yingshang.Tests.Appeals;

public sealed class RequesterPrivacyRuleTests
{
    private static readonly DateTime Closed = new(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("0871-61234567", "0871-****4567")]
    [InlineData("087161234567", "0871****4567")]
    public void A_phone_keeps_only_its_prefix_and_last_four_digits(string phone, string masked) =>
        RequesterPrivacy.MaskPhone(phone).ShouldBe(masked);

    [Fact]
    public void A_rating_link_works_until_the_last_moment_of_its_validity()
    {
        var invitation = AppealRatingInvitation.Issue(1, Closed, 15);
        invitation.IsOpen(Closed.AddDays(15).AddTicks(-1)).ShouldBeTrue();
        invitation.Spend(Closed.AddDays(15).AddTicks(-1));
        invitation.IsOpen(Closed.AddDays(1)).ShouldBeFalse();
    }

    [Fact]
    public void An_expired_link_is_refused_with_its_own_code()
    {
        var invitation = AppealRatingInvitation.Issue(1, Closed, 15);
        Should.Throw<BusinessRuleException>(() => invitation.Spend(Closed.AddDays(15))).Code.ShouldBe("rating-link-expired");
    }

    [Fact]
    public void A_link_is_spent_once_and_a_replaced_one_not_at_all()
    {
        var invitation = AppealRatingInvitation.Issue(1, Closed, 15);
        invitation.Spend(Closed.AddDays(1));
        Should.Throw<BusinessRuleException>(() => invitation.Spend(Closed.AddDays(2))).Code.ShouldBe("rating-link-used");
        var replaced = AppealRatingInvitation.Issue(1, Closed, 15);
        replaced.Void(Closed.AddDays(3));
        Should.Throw<BusinessRuleException>(() => replaced.Spend(Closed.AddDays(4))).Code.ShouldBe("rating-link-closed");
    }

    [Fact]
    public void Only_the_hash_of_a_new_link_is_kept_and_links_differ()
    {
        var invitation = AppealRatingInvitation.Issue(1, Closed, 15);
        var first = invitation.NewToken();
        var second = invitation.NewToken();
        first.ShouldNotBe(second);
        invitation.Tokens.Select(t => t.Hash).ShouldBe([AppealRatingInvitation.Hash(first), AppealRatingInvitation.Hash(second)]);
        invitation.Tokens.ShouldAllBe(t => t.Hash != first && t.Hash != second);
    }
}
