using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Yingshang.Web.Features.Admin.Users;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Tests.Admin;

public sealed class ListPageHelpersTests
{
    private static HttpRequest Request(string path, string query)
    {
        var http = new DefaultHttpContext();
        http.Request.Path = path;
        http.Request.QueryString = new QueryString(query);
        return http.Request;
    }

    [Fact]
    public void A_pager_link_keeps_the_filters_and_changes_only_the_page() =>
        QueryLinks.With(Request("/Admin/Users", "?q=李&role=Handler&page=2&handler=Export"), ("page", "3"), ("handler", null))
            .ShouldBe("/Admin/Users?q=%E6%9D%8E&role=Handler&page=3");

    [Fact]
    public void Empty_filters_are_left_out_of_links() =>
        QueryLinks.With(Request("/Admin/Departments", "?q=&region="), ("handler", "Export")).ShouldBe("/Admin/Departments?handler=Export");

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-3, 1)]
    [InlineData(2, 2)]
    [InlineData(9, 3)]
    public async Task A_page_number_outside_the_list_shows_the_nearest_page(int asked, int shown)
    {
        var items = Enumerable.Range(1, 25).ToList();
        var result = await PageNumbers.LoadAsync(asked, 10, p => Task.FromResult(
            new PagedResult<int>(items.Skip((p.Page - 1) * p.PageSize).Take(p.PageSize).ToList(), items.Count, p.Page, p.PageSize)));
        result.Page.ShouldBe(shown);
        result.Items.ShouldNotBeEmpty();
    }

    [Fact]
    public void A_field_error_lands_at_its_form_field_and_a_rule_in_the_summary()
    {
        var state = new ModelStateDictionary();
        state.TryAddDomainError(new FieldValidationException("displayName", "姓名须为 1–100 个字符"), typeof(UserInput)).ShouldBeTrue();
        state.TryAddDomainError(new FieldValidationException("user", "该用户已被他人修改"), typeof(UserInput)).ShouldBeTrue();
        state.TryAddDomainError(new BusinessRuleException("duplicate-user", "用户名已被使用"), typeof(UserInput)).ShouldBeTrue();
        state.TryAddDomainError(new InvalidOperationException("bug"), typeof(UserInput)).ShouldBeFalse();

        state["Input.DisplayName"]!.Errors.Single().ErrorMessage.ShouldBe("姓名须为 1–100 个字符");
        state[""]!.Errors.Select(e => e.ErrorMessage).ShouldBe(["该用户已被他人修改", "用户名已被使用"]);
    }
}
