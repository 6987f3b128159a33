using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Intake;
using Yingshang.Web.Features.Appeals.Open311.Catalogue;
using Yingshang.Web.Features.Appeals.Open311.Documents;
using Yingshang.Web.Features.Appeals.Open311.Keys;
using Yingshang.Web.Features.Appeals.Sla;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Open311.Submit;

/// <summary>POST Service Request: the form becomes an appeal of channel <c>open311</c> through the ordinary intake.</summary>
public sealed class SubmitServiceRequestHandler(
    AppDbContext db, ApiKeyCheck keys, Jurisdictions jurisdictions, SubmitAppealHandler intake, SlaMatrix sla)
{
    /// <summary>The intake's field names, as the GeoReport form calls them.</summary>
    private static readonly Dictionary<string, string> FormNames = new(StringComparer.Ordinal)
    {
        ["content"] = "description", ["county"] = "jurisdiction_id", ["address"] = "address_string", ["category"] = "service_code",
        ["requester.name"] = "first_name/last_name", ["requester.phone"] = "phone",
    };

    public async Task<GeoObject> HandleAsync(ServiceRequestForm form, CancellationToken ct)
    {
        var key = await keys.RequireAsync(form.ApiKey, ct);
        var jurisdiction = await jurisdictions.FindAsync(form.JurisdictionId, ct);
        if (form.ServiceCode is null) throw GeoReportException.BadRequest("缺少 service_code");
        var service = Open311Catalogue.Require(form.ServiceCode);
        var county = await jurisdictions.CountyForAsync(jurisdiction, form.AddressString, ct);
        var request = new SubmitAppeal(form.Description, service.Type.Title(), AppealUrgency.Normal.Title(), AppealChannel.Open311.Code(),
            county, form.AddressString, service.Name, new RequesterInput(form.RequesterName, form.Phone));

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        int appealId;
        try
        {
            appealId = (await intake.HandleAsync(request, idempotencyKey: null, ct)).Id;
        }
        catch (FieldValidationException e)
        {
            throw GeoReportException.BadRequest([.. e.Errors.Select(f => $"{FormNames.GetValueOrDefault(f.Field, f.Field)}：{f.Message}")]);
        }
        db.Add(new Open311Submission(appealId, key.Id, service.Code, form.Location, form.Contact));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        var number = await db.Appeals.IgnoreQueryFilters().Where(a => a.Id == appealId).Select(a => a.Number).FirstAsync(ct);
        var plan = await sla.PlanAsync(service.Type, AppealUrgency.Normal, ct);
        return new GeoObject(
            new("service_request_id", number),
            new("service_notice", ServiceNotice.Text(service.Type, AppealUrgency.Normal, plan)),
            new("account_id", form.Contact.AccountId));
    }
}

/// <summary>What the requester may expect: the type, urgency and limits under which the appeal is handled.</summary>
public static class ServiceNotice
{
    public static string Text(AppealType type, AppealUrgency urgency, SlaPlan plan) =>
        $"按“{type.Title()}·{urgency.Title()}”办理：派单后 {plan.Sign}内签收、{plan.Contact}内联系诉求人、{plan.Close}内答复办结。";
}
