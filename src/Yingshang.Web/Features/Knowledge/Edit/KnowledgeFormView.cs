namespace Yingshang.Web.Features.Knowledge.Edit;

/// <summary>What <c>_Fields.cshtml</c> shows: the input and the departments to choose from.</summary>
public sealed record KnowledgeFormView(KnowledgeInput Input, IReadOnlyList<(string Code, string Name)> Departments);
