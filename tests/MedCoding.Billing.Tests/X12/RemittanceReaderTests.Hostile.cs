using System.Text;
using MedCoding.Billing.Denials;
using MedCoding.Billing.X12;
using MedCoding.CodeSets;
using MedCoding.Testing;
using Xunit.Abstractions;

namespace MedCoding.Billing.Tests.X12;

/// <summary>835s as an attacker or a broken clearinghouse sends them.</summary>
public partial class RemittanceReaderTests(ITestOutputHelper output)
{
    [Fact]
    public void Read_PatientNameOutsideAClaim_IsAnErrorNamingTheSegment()
    {
        // NM1*QC (the patient) belongs to loop 2100, which a CLP opens.
        var text = Sample.Replace("LX*1~", "NM1*QC*1*DOE*JANE****MI*XYZ123456789~\nLX*1~", StringComparison.Ordinal);

        var error = ((Action)(() => RemittanceReader.Read(text))).Should().Throw<X12FormatException>().Which;

        error.SegmentIndex.Should().Be(13);
        error.SegmentId.Should().Be("NM1");
        error.Message.Should().Be("segment 13 (NM1): NM1 belongs to a claim (loop 2100); expected CLP before it.").And.NotContainAny("DOE", "JANE", "XYZ");
    }

    [Fact]
    public void Read_EndlessInputAfterTheIsa_EndsWithAnErrorAfterOneSegmentsLimit()
    {
        var isa = Sample[..(Sample.IndexOf('~', StringComparison.Ordinal) + 1)];
        var endless = HostileInput.EndlessText(isa);

        var error = ((Action)(() => RemittanceReader.Read(endless))).Should().Throw<X12FormatException>().Which;

        error.Message.Should().Be("segment 2 (segment): the segment is longer than 64 KiB characters; no X12 segment is that long.");
        endless.CharsRead.Should().BeLessThan(InputLimits.SegmentChars + (1 << 15));
    }

    [Fact]
    public void Read_EndlessSegments_EndsWithAnErrorAtTheFilesLimit()
    {
        // Empty segments ("~~~...") keep no state at all: the file's own limit still ends the read.
        var isa = Sample[..(Sample.IndexOf('~', StringComparison.Ordinal) + 1)];
        var endless = HostileInput.EndlessText(isa, '~');

        var error = ((Action)(() => RemittanceReader.Read(endless))).Should().Throw<X12FormatException>().Which;

        error.Message.Should().EndWith("the file is longer than 256 MiB characters, the most an 835 may have here.");
    }

    [Fact]
    public void Read_FiftyMegabyteRemittance_KeepsLessThanThreeTimesItsSize()
    {
        var claimsPerCopy = Sample[Sample.IndexOf("LX*1~", StringComparison.Ordinal)..Sample.IndexOf("PLB*", StringComparison.Ordinal)].Split("CLP*").Length - 1;
        var path = Path.Combine(Path.GetTempPath(), $"medcoding-835-{Guid.NewGuid():N}.835");
        try
        {
            var copies = HostileInput.WriteLargeRemittance(Sample, path);
            var size = new FileInfo(path).Length;
            var before = GC.GetTotalMemory(forceFullCollection: true);
            IReadOnlyList<Remittance> remittances;
            using (var reader = new StreamReader(path))
            {
                remittances = RemittanceReader.Read(reader);
            }

            var kept = GC.GetTotalMemory(forceFullCollection: true) - before;
            remittances[0].Claims.Should().HaveCount(copies * claimsPerCopy);
            output.WriteLine($"{size:N0} bytes of 835: {remittances[0].Claims.Count:N0} claims kept in {kept:N0} bytes ({(double)kept / size:0.00}x)");
            kept.Should().BeLessThan(3 * size, "memory grows with what is kept, not with what is read");
            GC.KeepAlive(remittances);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadClaims_FiftyMegabyteRemittanceIntoAWorkQueue_KeepsOnlyTheWorkItems()
    {
        // Read claim by claim, nothing but the work items is kept: a fraction of the 2.4x that keeping every claim takes.
        var path = Path.Combine(Path.GetTempPath(), $"medcoding-835-{Guid.NewGuid():N}.835");
        try
        {
            var copies = HostileInput.WriteLargeRemittance(Sample, path);
            var size = new FileInfo(path).Length;
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var builder = new WorkQueueBuilder();
            RemittanceSummary? summary = null;
            using (var reader = new StreamReader(path))
            {
                RemittanceReader.ReadClaims(reader, (payment, claim) => builder.Add(payment, claim), s => summary = s);
            }

            var queue = builder.Build();
            var kept = GC.GetTotalMemory(forceFullCollection: true) - before;
            queue.Items.Should().HaveCount(4 * copies, "each copy of the sample's claims has four adjustments to work");
            summary!.ClaimCount.Should().Be(4 * copies);
            output.WriteLine($"{size:N0} bytes of 835: {queue.Items.Count:N0} work items kept in {kept:N0} bytes ({(double)kept / size:0.00}x)");
            kept.Should().BeLessThan(size / 2, "only the work items are kept, compactly");
            GC.KeepAlive(queue);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
