namespace Yingshang.IntegrationTests.Reliability;

/// <summary>
/// The only endpoints anyone may call without signing in, named "METHOD /route" exactly as the authorization matrix
/// prints them. An endpoint reachable anonymously that is not here fails the matrix; so does an endpoint that declares
/// no authorization at all. When a branch adds a public endpoint, add it here with the reason it is public.
/// </summary>
internal static class AnonymousAllowList
{
    public static readonly IReadOnlyDictionary<string, string> Endpoints = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["POST /api/v1/auth/token"] = "sign-in for API clients",
        ["GET /api/v1/regions"] = "county picker of the public forms",
        ["GET /health"] = "load balancer and monitoring probe",
        ["GET /openapi/{documentName}.json"] = "API description for integrators",
        ["GET /Error/{code:int?}"] = "error pages (re-executed status codes) are shown to everyone",
        ["POST /Error/{code:int?}"] = "error pages (re-executed status codes) are shown to everyone",
        ["GET /{**path:file}"] = "static files of wwwroot",
        ["HEAD /{**path:file}"] = "static files of wwwroot",
        ["GET /open311/v2/discovery.{format}"] = "Open311 GeoReport v2 (public by the standard; writes need an API key)",
        ["GET /open311/v2/services.{format}"] = "Open311 GeoReport v2",
        ["GET /open311/v2/services/{code}.{format}"] = "Open311 GeoReport v2",
        ["GET /open311/v2/requests.{format}"] = "Open311 GeoReport v2",
        ["GET /open311/v2/requests/{id}.{format}"] = "Open311 GeoReport v2",
        ["POST /open311/v2/requests.{format}"] = "Open311 GeoReport v2 (API key checked by the endpoint, rate-limited)",
        ["GET /open311/{**path}"] = "Open311 GeoReport v2 errors for unknown addresses",
        ["GET /Public/Appeal"] = "public web form for appeals (issue 3 item 1), rate-limited",
        ["POST /Public/Appeal"] = "public web form for appeals, rate-limited",
        ["POST /api/v1/public/appeals"] = "public intake API, rate-limited",
        ["GET /Public/Track"] = "public tracking by code and last 4 phone digits (issue 3 item 7), rate-limited",
        ["POST /Public/Track"] = "public tracking by code and last 4 phone digits, rate-limited",
        ["GET /api/v1/public/appeals/{trackingCode}"] = "public tracking API (code + phone4), rate-limited",
        ["GET /Public/Rate/{token}"] = "one-time rating link sent to the requester",
        ["POST /Public/Rate/{token}"] = "one-time rating link sent to the requester",
        ["POST /api/v1/public/ratings/{token}"] = "one-time rating link API",
        ["GET /Public/PolicyCalculator"] = "policy calculator for anyone (issue 4 item 5), rate-limited, nothing stored",
        ["POST /Public/PolicyCalculator"] = "policy calculator for anyone, rate-limited, nothing stored",
        ["POST /api/v1/public/policies/calculate"] = "policy calculator API for anyone, rate-limited, nothing stored",
        ["GET /Account/Login"] = "sign-in page",
        ["POST /Account/Login"] = "sign-in page",
        ["GET /Account/Logout"] = "sign-out page",
        ["POST /Account/Logout"] = "sign-out page",
        ["GET /Account/AccessDenied"] = "tells a signed-in user a page is not theirs",
        ["POST /Account/AccessDenied"] = "tells a signed-in user a page is not theirs",
    };
}
