using Yingshang.Web.Features.Knowledge;
using Yingshang.Web.Platform.Errors;

namespace Yingshang.Tests.Knowledge;

public sealed class KnowledgeEntryTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static KnowledgeContent Content(string? question = "社保怎么缴费？", string? answer = "按月申报缴纳。", DateOnly? validUntil = null,
        IReadOnlyList<string>? tags = null, bool published = true) => new(question, answer, null, tags ?? ["社保缴费"], validUntil, published);

    [Theory]
    [InlineData("", "答复", "question")]
    [InlineData("问题", " ", "answer")]
    public void Missing_question_or_answer_names_the_field(string question, string answer, string field) =>
        Should.Throw<FieldValidationException>(() => KnowledgeEntry.Create(Content(question, answer), Today)).Field.ShouldBe(field);

    [Fact]
    public void An_answer_longer_than_4000_characters_is_refused()
    {
        Should.NotThrow(() => KnowledgeEntry.Create(Content(answer: new string('答', 4000)), Today));
        var error = Should.Throw<FieldValidationException>(() => KnowledgeEntry.Create(Content(answer: new string('答', 4001)), Today));
        error.Field.ShouldBe("answer");
        error.Message.ShouldContain("4000");
    }

    [Fact]
    public void A_new_validity_in_the_past_is_refused() =>
        Should.Throw<FieldValidationException>(() => KnowledgeEntry.Create(Content(validUntil: Today.AddDays(-1)), Today)).Field.ShouldBe("validUntil");

    [Fact]
    public void Tags_are_trimmed_deduplicated_and_limited()
    {
        KnowledgeEntry.Create(Content(tags: KnowledgeEntry.SplitTags("社保，社保、 养老保险;;")), Today).Tags.ShouldBe(["社保", "养老保险"]);
        Should.Throw<FieldValidationException>(() => KnowledgeEntry.Create(Content(tags: [.. Enumerable.Range(1, 11).Select(i => $"标签{i}")]), Today))
            .Field.ShouldBe("tags");
    }

    [Fact]
    public void Drafts_and_expired_entries_cannot_be_used_and_a_use_is_counted()
    {
        var entry = KnowledgeEntry.Create(Content(validUntil: Today), Today);
        entry.RecordUse(DateTime.UnixEpoch, Today);
        entry.UseCount.ShouldBe(1);
        Should.Throw<BusinessRuleException>(() => entry.RecordUse(DateTime.UnixEpoch, Today.AddDays(1))).Code.ShouldBe("knowledge-expired");
        var draft = KnowledgeEntry.Create(Content(published: false), Today);
        Should.Throw<BusinessRuleException>(() => draft.RecordUse(DateTime.UnixEpoch, Today)).Code.ShouldBe("knowledge-draft");
    }

    [Fact]
    public void Content_changes_move_the_revision_and_uses_do_not()
    {
        var entry = KnowledgeEntry.Create(Content(), Today);
        var revision = entry.Revision;
        entry.RecordUse(DateTime.UnixEpoch, Today);
        entry.Revision.ShouldBe(revision);
        entry.Change(Content(answer: "新口径。"), Today);
        entry.Revision.ShouldBe(revision + 1);
    }
}
