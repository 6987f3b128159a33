using Microsoft.AspNetCore.Mvc;
using Yingshang.Web.Features.Policies.Browse;
using Yingshang.Web.Features.Policies.Publish;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Policies.Edit;

/// <summary>编辑政策: a draft is rewritten freely; a published policy keeps its benefits and gets new rule versions.</summary>
public sealed class IndexModel(EditPolicyHandler handler, PublishPolicyHandler publisher, PolicyQueries queries, AppDbContext db) : PolicyFormPage(db)
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await queries.DetailAsync(Id, ct) is not { } policy) return NotFound();
        Input = PolicyForm.From(policy);
        Status = policy.Status;
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SaveAsync(publish: false, ct);

    public Task<IActionResult> OnPostPublishAsync(CancellationToken ct) => SaveAsync(publish: true, ct);

    private async Task<IActionResult> SaveAsync(bool publish, CancellationToken ct)
    {
        var prepared = await PrepareAsync(ct);
        if (prepared is NotFoundResult || !ModelState.IsValid) return prepared;
        var rulesValid = CheckRules();
        try
        {
            // With a refused rule the other fields are still checked, so that one save shows every mistake.
            await handler.HandleAsync(Id, Input.ToEdit(), ct, validateOnly: !rulesValid);
            if (!rulesValid) return Page();
            if (!publish) return Redirect($"/Policies/{Id}/Edit?saved=true");
            await publisher.HandleAsync(Id, ct);
            return Redirect($"/Policies/Detail/{Id}");
        }
        catch (Exception e) when (ShowError(e))
        {
            return Page();
        }
    }

    protected override async Task<IActionResult> PrepareAsync(CancellationToken ct)
    {
        Saved = false;
        if (await queries.DetailAsync(Id, ct) is not { } policy) return NotFound();
        Status = policy.Status;
        return Page();
    }
}
