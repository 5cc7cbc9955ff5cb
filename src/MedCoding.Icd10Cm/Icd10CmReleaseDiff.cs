using MedCoding.CodeSets;

namespace MedCoding.Icd10Cm;

/// <summary>
/// Returns what changed between two ICD-10-CM releases: the codes and headers added, deleted and revised
/// (long or short title changed), counted the way the CMS order-file addenda count them.
/// </summary>
/// <remarks>
/// <para>
/// A code is identified by its value and its billable flag, as in the addenda: a billable code that becomes a
/// header (E72.53 in FY2026) is a deleted code and an added header, and a header that becomes billable is a
/// deleted header and an added code. A code whose flag is unchanged but whose long or short title differs is revised.
/// Chapters and blocks are not compared: releases built from an order file alone have none.
/// </para>
/// <para>Changes are ordered by code, and for one code deleted before added, as in the addenda.</para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class Icd10CmReleaseDiff
{
    private Icd10CmReleaseDiff(Release from, Release to, IReadOnlyList<CodeChange> changes)
    {
        From = from;
        To = to;
        Changes = changes;
    }

    /// <summary>Gets the earlier release.</summary>
    public Release From { get; }

    /// <summary>Gets the later release.</summary>
    public Release To { get; }

    /// <summary>Gets every change, ordered by code.</summary>
    public IReadOnlyList<CodeChange> Changes { get; }

    /// <summary>Returns the changes between two releases.</summary>
    /// <param name="from">The earlier release.</param>
    /// <param name="to">The later release.</param>
    /// <returns>The changes.</returns>
    public static Icd10CmReleaseDiff Between(Icd10CmRelease from, Icd10CmRelease to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var before = Index(from);
        var after = Index(to);
        var changes = new List<CodeChange>();
        foreach (var (key, old) in before)
        {
            if (!after.TryGetValue(key, out var current))
            {
                changes.Add(new CodeChange(CodeChangeKind.Deleted, old.Name, old.IsBillable, old.Title, old.ShortTitle, null, null));
            }
            else if (!string.Equals(old.Title, current.Title, StringComparison.Ordinal) || !string.Equals(old.ShortTitle, current.ShortTitle, StringComparison.Ordinal))
            {
                changes.Add(new CodeChange(CodeChangeKind.Revised, current.Name, current.IsBillable, current.Title, current.ShortTitle, old.Title, old.ShortTitle));
            }
        }

        foreach (var (key, current) in after)
        {
            if (!before.ContainsKey(key))
            {
                changes.Add(new CodeChange(CodeChangeKind.Added, current.Name, current.IsBillable, current.Title, current.ShortTitle, null, null));
            }
        }

        changes.Sort(static (a, b) =>
        {
            // Dotted codes sort as the undotted ones do: every code has its dot, if any, after the same three characters.
            var byCode = string.CompareOrdinal(a.Code, b.Code);
            return byCode != 0 ? byCode : Rank(a.Change).CompareTo(Rank(b.Change));
        });
        return new Icd10CmReleaseDiff(from.Release, to.Release, changes.AsReadOnly());
    }

    /// <summary>Returns how many changes there are of one kind, for codes (billable) or headers.</summary>
    /// <param name="change">The kind of change.</param>
    /// <param name="billable"><see langword="true"/> for codes, <see langword="false"/> for headers.</param>
    /// <returns>The count.</returns>
    public int Count(CodeChangeKind change, bool billable) => Changes.Count(c => c.Change == change && c.IsBillable == billable);

    /// <summary>Returns the counts in words, e.g. <c>codes: 487 added, 28 deleted, 38 revised; headers: ...</c>.</summary>
    /// <returns>A summary.</returns>
    public override string ToString() =>
        $"{From.Name} -> {To.Name}: codes: {Count(CodeChangeKind.Added, true)} added, {Count(CodeChangeKind.Deleted, true)} deleted, {Count(CodeChangeKind.Revised, true)} revised; "
        + $"headers: {Count(CodeChangeKind.Added, false)} added, {Count(CodeChangeKind.Deleted, false)} deleted, {Count(CodeChangeKind.Revised, false)} revised";

    private static int Rank(CodeChangeKind kind) => kind switch
    {
        CodeChangeKind.Deleted => 0,
        CodeChangeKind.Added => 1,
        _ => 2,
    };

    private static Dictionary<(string Code, bool Billable), CodeEntry> Index(Icd10CmRelease release)
    {
        var index = new Dictionary<(string, bool), CodeEntry>(release.CodeCount);
        foreach (var entry in release.Entries)
        {
            if (entry.IsCode)
            {
                index.Add((entry.Name, entry.IsBillable), entry);
            }
        }

        return index;
    }
}

/// <summary>
/// Returns one change between two releases.
/// </summary>
/// <param name="Change">Added, deleted or revised.</param>
/// <param name="Code">The code, dotted (<c>E72.530</c>).</param>
/// <param name="IsBillable">Whether the code is billable (a code) or not (a header), in the release where it is (the later one unless deleted).</param>
/// <param name="Title">The long title: in the later release, or in the earlier one for a deleted code.</param>
/// <param name="ShortTitle">The short title, likewise.</param>
/// <param name="PreviousTitle">The long title in the earlier release, for a revised code; otherwise <see langword="null"/>.</param>
/// <param name="PreviousShortTitle">The short title in the earlier release, for a revised code; otherwise <see langword="null"/>.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record CodeChange(CodeChangeKind Change, string Code, bool IsBillable, string Title, string ShortTitle, string? PreviousTitle, string? PreviousShortTitle);

/// <summary>
/// Identifies a kind of change between two releases, as the addenda name them.
/// </summary>
public enum CodeChangeKind
{
    /// <summary>In the later release only ("Add:" in the addenda).</summary>
    Added = 1,

    /// <summary>In the earlier release only ("Delete:").</summary>
    Deleted = 2,

    /// <summary>In both, with a different long or short title ("Revise from:" / "Revise to:").</summary>
    Revised = 3,
}
