using Microsoft.AspNetCore.Mvc;
using Yingshang.Web.Features.Policies.Create;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Policies.Edit;

/// <summary>新建政策: saved as a draft (草稿); the officer tests the rules and publishes from the edit page.</summary>
public sealed class NewModel(CreatePolicyHandler handler, AppDbContext db) : PolicyFormPage(db)
{
    public void OnGet() => Input.Benefits.Add(new BenefitForm());

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var rulesValid = CheckRules();
        try
        {
            // With a refused rule the other fields are still checked, so that one save shows every mistake.
            var policy = await handler.HandleAsync(Input.ToCreate(), ct, validateOnly: !rulesValid);
            return policy is null ? Page() : Redirect($"/Policies/{policy.Id}/Edit?saved=true");
        }
        catch (Exception e) when (ShowError(e))
        {
            return Page();
        }
    }

    protected override Task<IActionResult> PrepareAsync(CancellationToken ct) => Task.FromResult<IActionResult>(Page());
}
