using MedCoding.CodeSets;
using MedCoding.Icd10Cm;

namespace MedCoding.Icd10Cm.Tests;

/// <summary>Releases by date of service, on small releases shaped like FY2021, FY2025, April 2025 and FY2026.</summary>
public sealed class Icd10CmReleaseProviderTests
{
    private static readonly Release s_fy2021 = Release.ForFiscalYear(CodeSystem.Icd10Cm, 2021);
    private static readonly Release s_fy2025 = Release.ForFiscalYear(CodeSystem.Icd10Cm, 2025);
    private static readonly Release s_april2025 = Release.ForUpdate(CodeSystem.Icd10Cm, 2025, 4);
    private static readonly Release s_fy2026 = Release.ForFiscalYear(CodeSystem.Icd10Cm, 2026);

    [Theory]
    [InlineData("2020-10-01", "2021")] // first day of FY2021
    [InlineData("2021-09-30", "2021")] // last day of FY2021
    [InlineData("2024-10-01", "2025")] // first day of FY2025
    [InlineData("2025-03-01", "2025")] // FY2025 before the April update
    [InlineData("2025-03-31", "2025")] // FY2025 ends the day before the April update starts
    [InlineData("2025-04-01", "2025-04")] // the April 2025 update starts
    [InlineData("2025-05-01", "2025-04")]
    [InlineData("2025-09-30", "2025-04")] // the update runs to the end of the fiscal year
    [InlineData("2025-10-01", "2026")] // FY2026 starts
    [InlineData("2025-11-01", "2026")]
    [InlineData("2026-09-30", "2026")] // last day of FY2026
    public void GetForDate_DateInForce_ReturnsTheReleaseInForce(string date, string version)
    {
        var provider = FourReleases();

        provider.GetForDate(DateOnly.Parse(date)).Release.Version.Should().Be(version);
        provider.TryGetForDate(DateOnly.Parse(date), out var release, out var inForce).Should().BeTrue();
        release!.Release.Version.Should().Be(version);
        inForce!.IsInForceOn(DateOnly.Parse(date)).Should().BeTrue();
    }

    [Theory]
    [InlineData("2020-09-30", "before the first, ICD-10-CM FY2021 (2020-10-01 to 2021-09-30)")] // before the first
    [InlineData("2021-10-01", "between ICD-10-CM FY2021 (2020-10-01 to 2021-09-30) and ICD-10-CM FY2025 (2024-10-01 to 2025-03-31)")] // the gap FY2022-FY2024
    [InlineData("2024-09-30", "between ICD-10-CM FY2021")] // the last day of the gap
    [InlineData("2026-10-01", "after the last, ICD-10-CM FY2026 (2025-10-01 to 2026-09-30)")] // FY2027 is not known
    public void GetForDate_NoReleaseInForce_ThrowsNamingWhereTheDateFalls(string date, string where)
    {
        var provider = FourReleases();

        var act = () => provider.GetForDate(DateOnly.Parse(date));

        act.Should().Throw<NoReleaseInForceException>()
            .WithMessage($"No ICD-10-CM release known here is in force on {date}: it is {where}*")
            .Which.KnownReleases.Should().HaveCount(4);
        provider.TryGetForDate(DateOnly.Parse(date), out var release, out _).Should().BeFalse();
        release.Should().BeNull();
    }

    [Fact]
    public void Schedule_WithAprilUpdate_EndsFy2025OnMarch31()
    {
        var provider = FourReleases();

        provider.Schedule.Select(r => r.ToString()).Should().Equal(
            "ICD-10-CM FY2021 (2020-10-01 to 2021-09-30)",
            "ICD-10-CM FY2025 (2024-10-01 to 2025-03-31)",
            "ICD-10-CM April 2025 update (2025-04-01 to 2025-09-30)",
            "ICD-10-CM FY2026 (2025-10-01 to 2026-09-30)");
    }

    [Fact]
    public void Newest_FourReleases_IsFy2026()
    {
        FourReleases().Newest.Release.Should().Be(s_fy2026);
    }

    [Fact]
    public void Newest_Empty_Throws()
    {
        var act = () => new Icd10CmReleaseProvider().Newest;

        act.Should().Throw<InvalidOperationException>().WithMessage("*holds no ICD-10-CM release*");
    }

    [Theory]
    [InlineData("2026", "2026")]
    [InlineData("FY2026", "2026")] // as coders say it
    [InlineData("2025-04", "2025-04")]
    public void Indexer_KnownVersion_ReturnsIt(string asked, string version)
    {
        FourReleases()[asked].Release.Version.Should().Be(version);
    }

    [Fact]
    public void Indexer_UnknownVersion_ThrowsListingTheKnown()
    {
        var act = () => FourReleases()["2024"];

        act.Should().Throw<KeyNotFoundException>().WithMessage("No ICD-10-CM release '2024' is known here; known: 2021, 2025, 2025-04, 2026.");
    }

    [Fact]
    public void Check_BillableCodeOnDate_IsBillableNamingTheRelease()
    {
        var result = FourReleases().Check("e11a", new DateOnly(2025, 11, 1));

        result.Status.Should().Be(CodeOnDateStatus.Billable);
        result.IsBillable.Should().BeTrue();
        result.Entry!.Name.Should().Be("E11.A");
        result.Release!.Version.Should().Be("2026");
        result.Message.Should().Be("E11.A is billable on 2025-11-01 in ICD-10-CM FY2026 (2025-10-01 to 2026-09-30): Type 2 diabetes mellitus without complications in remission.");
    }

    [Fact]
    public void Check_CodeNotYetValid_IsNotInReleaseNamingTheReleaseAsked()
    {
        var result = FourReleases().Check("E11.A", new DateOnly(2025, 3, 1));

        result.Status.Should().Be(CodeOnDateStatus.NotInRelease);
        result.IsFound.Should().BeFalse();
        result.Release.Should().Be(s_fy2025);
        result.Message.Should().Be("E11.A is not valid on 2025-03-01: it is not a code in ICD-10-CM FY2025 (2024-10-01 to 2025-03-31), the release in force that day.");
    }

    [Fact]
    public void Check_Header_IsHeader()
    {
        var result = FourReleases().Check("E11", new DateOnly(2025, 11, 1));

        result.Status.Should().Be(CodeOnDateStatus.Header);
        result.IsFound.Should().BeTrue();
        result.IsBillable.Should().BeFalse();
        result.Message.Should().Contain("header");
    }

    [Fact]
    public void Check_Malformed_IsMalformed()
    {
        FourReleases().Check("E11..6", new DateOnly(2025, 11, 1)).Status.Should().Be(CodeOnDateStatus.Malformed);
    }

    [Fact]
    public void Check_DateWithoutRelease_IsNoReleaseInForce()
    {
        var result = FourReleases().Check("E11.9", new DateOnly(2023, 1, 1));

        result.Status.Should().Be(CodeOnDateStatus.NoReleaseInForce);
        result.Release.Should().BeNull();
        result.Message.Should().StartWith("No ICD-10-CM release known here is in force on 2023-01-01: it is between ICD-10-CM FY2021");
    }

    [Fact]
    public void Add_SameVersion_ReplacesIt()
    {
        var provider = FourReleases();
        var replacement = Tiny(s_fy2026, ("E11", false), ("E11.9", true));

        provider.Add(replacement);

        provider.Newest.Should().BeSameAs(replacement);
        provider.Schedule.Should().HaveCount(4);
    }

    [Fact]
    public void Add_OtherVersionStartingSameDay_Throws()
    {
        var provider = FourReleases();

        var act = () => provider.Add(Tiny(new Release(CodeSystem.Icd10Cm, "2026-bis", new DateOnly(2025, 10, 1), new DateOnly(2026, 9, 30)), ("E11", false)));

        act.Should().Throw<ArgumentException>().WithMessage("*starts on the same date*");
    }

    [Fact]
    public void Add_Lazy_LoadsOnceOnFirstUse()
    {
        var provider = new Icd10CmReleaseProvider();
        var loads = 0;
        provider.Add(s_fy2026, () =>
        {
            Interlocked.Increment(ref loads);
            return Tiny(s_fy2026, ("E11", false));
        });

        loads.Should().Be(0);
        Parallel.For(0, 16, _ => provider.GetForDate(new DateOnly(2026, 1, 1)).Should().NotBeNull());
        loads.Should().Be(1);
    }

    [Fact]
    public void Add_LazyLoaderReturnsAnotherRelease_Throws()
    {
        var provider = new Icd10CmReleaseProvider();
        provider.Add(s_fy2026, () => Tiny(s_fy2025, ("E11", false)));

        var act = () => provider.Newest;

        act.Should().Throw<InvalidOperationException>().WithMessage("The loader for ICD-10-CM FY2026*returned ICD-10-CM FY2025*");
    }

    [Fact]
    public async Task Add_WhileManyThreadsLookUp_NeverShowsAHalfBuiltRelease()
    {
        // Readers hammer the provider while a writer keeps adding and replacing releases. Every answer must come from a
        // complete release: the release in force has all its codes, its schedule is consistent, and a release is
        // either wholly there or wholly absent.
        var provider = new Icd10CmReleaseProvider([Tiny(s_fy2025, ("E11", false), ("E11.9", true))]);
        var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var lookups = 0L;
        var readers = Enumerable.Range(0, Math.Max(2, Environment.ProcessorCount)).Select(_ => Task.Factory.StartNew(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var schedule = provider.Schedule;
                for (var i = 1; i < schedule.Count; i++)
                {
                    if (schedule[i - 1].EffectiveThrough >= schedule[i].EffectiveFrom)
                    {
                        failures.Enqueue($"overlapping schedule {string.Join("; ", schedule)}");
                    }
                }

                foreach (var date in (DateOnly[])[new(2025, 3, 1), new(2025, 5, 1), new(2025, 11, 1)])
                {
                    if (provider.TryGetForDate(date, out var release, out var inForce))
                    {
                        if (release.CodeCount != release.Entries.Count || release.Find("E11.9") is not { IsBillable: true } || !inForce.IsInForceOn(date))
                        {
                            failures.Enqueue($"{release.Release} on {date} is incomplete");
                        }

                        var check = provider.Check("E11.9", date);
                        if (check.Status != CodeOnDateStatus.Billable)
                        {
                            failures.Enqueue($"E11.9 on {date}: {check.Message}");
                        }
                    }

                    Interlocked.Increment(ref lookups);
                }
            }
        }, TaskCreationOptions.LongRunning)).ToArray();

        var writes = 0;
        while (!stop.IsCancellationRequested)
        {
            // Each release is built whole before it is added; replacing one swaps the snapshot in one step.
            provider.Add(Tiny(s_april2025, [.. Enumerable.Range(0, 200).Select(i => ($"E11.{i % 10}{i / 10 % 10}", true)).Distinct(), ("E11", false), ("E11.9", true)]));
            provider.Add(Tiny(s_fy2026, ("E11", false), ("E11.9", true), ("E11.A", true)));
            writes++;
        }

        await Task.WhenAll(readers);
        failures.Should().BeEmpty();
        writes.Should().BeGreaterThan(10);
        Interlocked.Read(ref lookups).Should().BeGreaterThan(1000);
        provider.Schedule.Select(r => r.Version).Should().Equal("2025", "2025-04", "2026");
    }

    private static Icd10CmReleaseProvider FourReleases() => new(
    [
        Tiny(s_fy2026, ("E11", false), ("E11.9", true), ("E11.A", true)),
        Tiny(s_fy2021, ("E11", false), ("E11.9", true)),
        Tiny(s_april2025, ("E11", false), ("E11.9", true)),
        Tiny(s_fy2025, ("E11", false), ("E11.9", true)),
    ]);

    /// <summary>A release of a few codes: the first is the category, the others sit below it.</summary>
    internal static Icd10CmRelease Tiny(Release release, params (string Code, bool Billable)[] codes)
    {
        var entries = codes.Select((c, i) => new CodeEntry(c.Code, i == 0 ? EntryKind.Category : EntryKind.Subcategory, c.Billable,
            c.Code == "E11.A" ? "Type 2 diabetes mellitus without complications in remission" : $"Title of {c.Code}", $"Short {c.Code}", i)).ToArray();
        var parents = codes.Select((_, i) => i == 0 ? -1 : 0).ToArray();
        var notes = codes.Select(_ => InstructionalNotes.Empty).ToArray();
        return new Icd10CmRelease(release, hasTabularList: false, entries, parents, notes);
    }
}
