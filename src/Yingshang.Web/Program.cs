using Yingshang.Web.Features.Appeals;
using Yingshang.Web.Features.Appeals.Open311;
using Yingshang.Web.Features.Enterprises;
using Yingshang.Web.Features.Knowledge;
using Yingshang.Web.Features.Organisation;
using Yingshang.Web.Features.Policies;
using Yingshang.Web.Platform;
using Yingshang.Web.Platform.Time;

var builder = WebApplication.CreateBuilder(args);

builder.AddPlatform();
builder.Services.AddCalendar();
builder.Services.AddOrganisation();
builder.Services.AddAppeals();
builder.Services.AddEnterprises();
builder.Services.AddKnowledge();
builder.Services.AddPolicies();

var app = builder.Build();

app.UsePlatform();
var api = app.MapPlatformApi();
api.MapCalendar();
api.MapOrganisation();
api.MapAppeals();
api.MapEnterprises();
api.MapKnowledge();
api.MapPolicies();
app.MapOpen311();

await app.InitializeDatabaseAsync();
await app.RunAsync();

/// <summary>Entry point; public so that integration tests can host the app.</summary>
public partial class Program;
