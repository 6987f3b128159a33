using Yingshang.Eligibility.Language;

namespace Yingshang.Web.Features.Policies;

/// <summary>Answers a refused rule with 422 naming the field and every error's position (the rule editor points at it).</summary>
internal sealed class RuleProblems : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (RuleInvalidException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "规则校验未通过",
                detail: e.Message, extensions: new Dictionary<string, object?> { ["field"] = e.Field, ["errors"] = Errors(e.Errors) });
        }
    }

    public static IReadOnlyList<RuleErrorBody> Errors(IEnumerable<RuleError> errors) =>
        [.. errors.Select(x => new RuleErrorBody(x.Position, x.Message, x.MessageEn))];
}

public sealed record RuleErrorBody(int Position, string Message, string MessageEn);
