using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Yingshang.Web.Features.Knowledge.Search;

/// <summary>What the index holds of an entry.</summary>
public sealed record KnowledgeDocument(int Id, string Question, string Answer, IReadOnlyList<string> Tags, int? DepartmentId, DateOnly? ValidUntil, bool Published);

/// <summary>Restrictions of a search; <paramref name="IncludeHidden"/> also finds drafts and expired entries (editors).</summary>
public sealed record IndexFilter(DateOnly Today, int? DepartmentId = null, string? Tag = null, bool IncludeHidden = false, bool AboutQuestion = false);

public sealed record IndexHits(IReadOnlyList<int> Ids, int Total, IReadOnlyList<string> Bigrams);

/// <summary>
/// The in-memory Lucene index of one app instance. Writes are serialised; searches read the latest refreshed point in
/// time through a <see cref="SearcherManager"/>, so they never block on a write.
/// </summary>
public sealed class KnowledgeIndex : IDisposable
{
    public static class Fields
    {
        public const string Id = "id", Question = "question", Answer = "answer", Tags = "tags", Tag = "tag";
        public const string QuestionBigrams = "question_bi", AnswerBigrams = "answer_bi", Department = "department";
        public const string Visible = "visible", ValidUntil = "valid_until";
    }

    // Field weights: the question says what the entry is about, a tag is an editor's keyword, the answer is context.
    private static readonly (string Field, float Boost, bool Bigrams)[] Weights =
    [
        (Fields.Question, 4f, false), (Fields.Tags, 3f, false), (Fields.Answer, 1f, false),
        (Fields.QuestionBigrams, 2f, true), (Fields.AnswerBigrams, 0.5f, true),
    ];

    private const int NoExpiry = 99991231;

    private readonly Analyzer _words = ChineseAnalysis.Words();
    private readonly Analyzer _bigrams = ChineseAnalysis.Bigrams();
    private readonly RAMDirectory _directory = new();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _write = new();

    public KnowledgeIndex()
    {
        var perField = new PerFieldAnalyzerWrapper(_words, new Dictionary<string, Analyzer>
        {
            [Fields.QuestionBigrams] = _bigrams, [Fields.AnswerBigrams] = _bigrams,
        });
        _writer = new IndexWriter(_directory, new IndexWriterConfig(ChineseAnalysis.Version, perField) { OpenMode = OpenMode.CREATE });
        _writer.Commit();
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    public Analyzer BigramAnalyzer => _bigrams;

    public void Replace(IEnumerable<KnowledgeDocument> documents)
    {
        lock (_write)
        {
            _writer.DeleteAll();
            foreach (var d in documents) _writer.AddDocument(ToDocument(d));
            Publish();
        }
    }

    public void Upsert(KnowledgeDocument document)
    {
        lock (_write)
        {
            _writer.UpdateDocument(IdTerm(document.Id), ToDocument(document));
            Publish();
        }
    }

    public void Delete(int id)
    {
        lock (_write)
        {
            _writer.DeleteDocuments(IdTerm(id));
            Publish();
        }
    }

    private const int MaxTerms = 150;

    /// <summary>Entry ids best first; empty when the text has no searchable word.</summary>
    public IndexHits Search(string text, IndexFilter filter, int skip, int take)
    {
        text = ChineseAnalysis.Normalise(text);
        // Each word is a clause in three fields and each bigram in two; Lucene refuses a query of more than 1,024 clauses.
        var words = ChineseAnalysis.Terms(_words, Fields.Question, text).Distinct().Take(MaxTerms).ToList();
        var bigrams = ChineseAnalysis.Terms(_bigrams, Fields.AnswerBigrams, ChineseAnalysis.WithoutQuestionWords(text)).Distinct().Take(MaxTerms).ToList();
        if (words.Count == 0 && bigrams.Count == 0) return new IndexHits([], 0, bigrams);
        var query = new BooleanQuery();
        foreach (var (field, boost, isBigram) in Weights)
            foreach (var term in isBigram ? bigrams : words)
                query.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
        query.Add(new TermQuery(new Term(Fields.Tag, text.Trim())) { Boost = 5f }, Occur.SHOULD);
        if (filter.AboutQuestion)
        {
            // A single character (没, 路, 人) says nothing about a subject; SmartCn's cuts of a domain word (医|保) are
            // still matched through the question's bigrams. One common word shared (小区, 办理) is not enough either: the
            // question must share two of the call's terms (a word of three characters brings its bigrams, 公积金 → 公积,
            // 积金), or the one the call has.
            var about = new BooleanQuery();
            var longWords = words.Where(w => w.Length > 1).ToHashSet(StringComparer.Ordinal);
            foreach (var term in longWords.Union(bigrams, StringComparer.Ordinal))
            {
                var any = new BooleanQuery();
                if (longWords.Contains(term))
                {
                    any.Add(new TermQuery(new Term(Fields.Question, term)), Occur.SHOULD);
                    any.Add(new TermQuery(new Term(Fields.Tags, term)), Occur.SHOULD);
                }
                if (bigrams.Contains(term)) any.Add(new TermQuery(new Term(Fields.QuestionBigrams, term)), Occur.SHOULD);
                about.Add(any, Occur.SHOULD);
            }
            if (about.Clauses.Count == 0) return new IndexHits([], 0, bigrams);
            about.MinimumNumberShouldMatch = Math.Min(2, about.Clauses.Count);
            query = new BooleanQuery { { query, Occur.MUST }, { about, Occur.MUST } };
        }

        var searcher = _searchers.Acquire();
        try
        {
            // Lucene allocates a queue of skip + take hits: bounded by the entries indexed, so a far-off page number cannot
            // exhaust memory, and an export of every match (up to Exports:MaxRows) is never cut short.
            var top = searcher.Search(new FilteredQuery(query, Restrict(filter)), (int)Math.Clamp((long)skip + take, 1, Math.Max(1, searcher.IndexReader.MaxDoc)));
            var ids = top.ScoreDocs.Skip(skip).Select(hit => int.Parse(searcher.Doc(hit.Doc).Get(Fields.Id, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)).ToList();
            return new IndexHits(ids, top.TotalHits, bigrams);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private static QueryWrapperFilter Restrict(IndexFilter filter)
    {
        var must = new BooleanQuery { { new MatchAllDocsQuery(), Occur.MUST } };
        if (!filter.IncludeHidden)
        {
            must.Add(new TermQuery(new Term(Fields.Visible, "1")), Occur.MUST);
            must.Add(NumericRangeQuery.NewInt32Range(Fields.ValidUntil, DateNumber(filter.Today), NoExpiry, true, true), Occur.MUST);
        }
        if (filter.DepartmentId is { } department)
            must.Add(new TermQuery(new Term(Fields.Department, department.ToString(CultureInfo.InvariantCulture))), Occur.MUST);
        if (!string.IsNullOrWhiteSpace(filter.Tag)) must.Add(new TermQuery(new Term(Fields.Tag, filter.Tag.Trim())), Occur.MUST);
        return new QueryWrapperFilter(must);
    }

    private static Document ToDocument(KnowledgeDocument d)
    {
        var doc = new Document
        {
            new StringField(Fields.Id, d.Id.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new TextField(Fields.Question, d.Question, Field.Store.NO),
            new TextField(Fields.QuestionBigrams, d.Question, Field.Store.NO),
            new TextField(Fields.Answer, d.Answer, Field.Store.NO),
            new TextField(Fields.AnswerBigrams, d.Answer, Field.Store.NO),
            new TextField(Fields.Tags, string.Join(' ', d.Tags), Field.Store.NO),
            new StringField(Fields.Visible, d.Published ? "1" : "0", Field.Store.NO),
            new Int32Field(Fields.ValidUntil, d.ValidUntil is { } until ? DateNumber(until) : NoExpiry, Field.Store.NO),
        };
        foreach (var tag in d.Tags) doc.Add(new StringField(Fields.Tag, tag, Field.Store.NO));
        if (d.DepartmentId is { } department) doc.Add(new StringField(Fields.Department, department.ToString(CultureInfo.InvariantCulture), Field.Store.NO));
        return doc;
    }

    private static int DateNumber(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    private static Term IdTerm(int id) => new(Fields.Id, id.ToString(CultureInfo.InvariantCulture));

    private void Publish()
    {
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _words.Dispose();
        _bigrams.Dispose();
    }
}
