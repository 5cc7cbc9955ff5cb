using System.Globalization;
using System.Text;
using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.Hcpcs.IO;

/// <summary>
/// Reads the CMS HCPCS alpha-numeric file (<c>HCPCyyyy_CONTR_ANWEB.txt</c>): fixed-width 320-column records as
/// described in <c>HCPCSyyyy_recordlayout.txt</c>, CRLF line ends, after a short disclaimer.
/// </summary>
/// <remarks>
/// Every line is accounted for: the disclaimer lines before the first record are counted, and every later line
/// must be a record line. A line that does not fit the layout throws a <see cref="DataFileException"/> naming
/// the file, the line and the column.
/// </remarks>
internal static class AlphaNumericFileReader
{
    private const int RecordWidth = 320;
    private const int DescriptionEnd = 91;
    private const int DetailEnd = 293;

    public static HcpcsFileContents Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(DataFileLines.ReadAllBytes(path, "HCPCS file"), path);
    }

    public static HcpcsFileContents Read(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Parse(DataFileLines.ReadAllBytes(stream), source);
    }

    private static HcpcsFileContents Parse(ReadOnlySpan<byte> content, string source)
    {
        var procedures = new List<HcpcsRecord>(8000);
        var modifiers = new List<HcpcsRecord>(400);
        var preamble = 0;
        var continuations = 0;
        var shortLines = 0;
        Pending? pending = null;
        var seen = new HashSet<(HcpcsRecordKind, string)>();
        var lines = new DataFileLines(content, source);
        while (lines.MoveNext())
        {
            var line = lines.Current;
            if (procedures.Count == 0 && modifiers.Count == 0 && pending is null && !LooksLikeRecord(line))
            {
                preamble++;
                continue;
            }

            if (line.IsEmpty && lines.AtEnd)
            {
                break;
            }

            var r = Record(lines.CurrentColumns());
            if (line.Length < RecordWidth)
            {
                shortLines++;
            }

            var ric = r.Char(11);
            switch (ric)
            {
                case '3' or '7':
                    Flush(pending, procedures, modifiers, seen, source);
                    pending = ReadFirstLine(r, ric == '3' ? HcpcsRecordKind.Procedure : HcpcsRecordKind.Modifier);
                    break;
                case '4' or '8':
                    var kind = ric == '4' ? HcpcsRecordKind.Procedure : HcpcsRecordKind.Modifier;
                    var code = ReadCode(r, kind);
                    if (pending is null || pending.Kind != kind || pending.Code != code)
                    {
                        throw r.Error(11, $"A continuation line (record identification code {ric}) for {code} must follow the first line of the same {kind.ToString().ToLowerInvariant()}.");
                    }

                    var sequence = r.Number(6, 10, "the sequence number");
                    if (sequence <= pending.LastSequence)
                    {
                        throw r.Error(6, $"Sequence number {sequence:D5} does not follow {pending.LastSequence:D5}.");
                    }

                    r.ExpectBlank(DescriptionEnd + 1, RecordWidth, "a continuation line carries only more of the long description");
                    pending.Description.Append(' ').Append(r.Text(12, DescriptionEnd));
                    pending.LastSequence = sequence;
                    pending.LineCount++;
                    continuations++;
                    break;
                default:
                    throw r.Error(11, $"Column 11 (record identification code) must be 3, 4, 7 or 8, not {MessageText.Quote(ric)}.");
            }
        }

        Flush(pending, procedures, modifiers, seen, source);
        if (procedures.Count == 0)
        {
            throw new DataFileException(source, null, "The HCPCS file holds no procedure records.");
        }

        return new HcpcsFileContents(source, [.. procedures], [.. modifiers], lines.LineNumber, preamble, continuations, shortLines);
    }

    private static bool LooksLikeRecord(ReadOnlySpan<byte> line)
    {
        if (line.Length < 11 || line[10] is not ((byte)'3' or (byte)'4' or (byte)'7' or (byte)'8'))
        {
            return false;
        }

        foreach (var b in line[5..10])
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        return true;
    }

    private static void Flush(Pending? pending, List<HcpcsRecord> procedures, List<HcpcsRecord> modifiers, HashSet<(HcpcsRecordKind, string)> seen, string source)
    {
        if (pending is null)
        {
            return;
        }

        if (!seen.Add((pending.Kind, pending.Code)))
        {
            throw new DataFileException(source, pending.Record.LineNumber, $"The {pending.Kind.ToString().ToLowerInvariant()} {pending.Code} appears a second time.");
        }

        var record = new HcpcsRecord
        {
            Code = pending.Record.Code,
            Kind = pending.Record.Kind,
            SequenceNumber = pending.Record.SequenceNumber,
            LongDescription = pending.Description.ToString(),
            ShortDescription = pending.Record.ShortDescription,
            PricingIndicators = pending.Record.PricingIndicators,
            MultiplePricingIndicator = pending.Record.MultiplePricingIndicator,
            CoverageIssuesManualReferences = pending.Record.CoverageIssuesManualReferences,
            CarriersManualReferences = pending.Record.CarriersManualReferences,
            Statute = pending.Record.Statute,
            LabCertifications = pending.Record.LabCertifications,
            CrossReferences = pending.Record.CrossReferences,
            Coverage = pending.Record.Coverage,
            IsAscApproved = pending.Record.IsAscApproved,
            AscPaymentGroupEffectiveDate = pending.Record.AscPaymentGroupEffectiveDate,
            MogPaymentGroup = pending.Record.MogPaymentGroup,
            MogPaymentPolicyIndicator = pending.Record.MogPaymentPolicyIndicator,
            MogEffectiveDate = pending.Record.MogEffectiveDate,
            ProcessingNoteNumber = pending.Record.ProcessingNoteNumber,
            Betos = pending.Record.Betos,
            TypesOfService = pending.Record.TypesOfService,
            AnesthesiaBaseUnits = pending.Record.AnesthesiaBaseUnits,
            AddedDate = pending.Record.AddedDate,
            ActionEffectiveDate = pending.Record.ActionEffectiveDate,
            TerminationDate = pending.Record.TerminationDate,
            ActionCode = pending.Record.ActionCode,
            LineNumber = pending.Record.LineNumber,
            LineCount = pending.LineCount,
        };
        (record.Kind == HcpcsRecordKind.Procedure ? procedures : modifiers).Add(record);
    }

    private static Pending ReadFirstLine(FixedWidthLine r, HcpcsRecordKind kind)
    {
        if (r.Length < DetailEnd)
        {
            throw r.Error(r.Length + 1, $"The first line of a record has {r.Length} characters; it runs at least to column {DetailEnd} (the action code).");
        }

        var code = ReadCode(r, kind);
        var pricing = Repeated(r, 120, 2, 4);
        if (kind == HcpcsRecordKind.Procedure && pricing.Count == 0)
        {
            throw r.Error(120, "A procedure has one to four pricing indicators in columns 120-127.");
        }

        foreach (var p in pricing)
        {
            if (!p.All(char.IsAsciiDigit))
            {
                throw r.Error(120, $"Pricing indicator {MessageText.Quote(p)} is not two digits.");
            }
        }

        var record = new HcpcsRecord
        {
            Code = code,
            Kind = kind,
            SequenceNumber = r.Number(6, 10, "the sequence number"),
            ShortDescription = r.Text(92, 119),
            PricingIndicators = pricing,
            MultiplePricingIndicator = OptionalChar(r, 128, "9ABCDEFG", "the multiple pricing indicator"),
            CoverageIssuesManualReferences = Repeated(r, 129, 6, 3),
            CarriersManualReferences = Repeated(r, 147, 8, 3),
            Statute = r.OptionalText(171, 180),
            LabCertifications = Repeated(r, 181, 3, 8),
            CrossReferences = Repeated(r, 205, 5, 5),
            Coverage = OptionalChar(r, 230, "CDIMS", "the coverage code") switch
            {
                null => null,
                'C' => HcpcsCoverage.CarrierJudgment,
                'D' => HcpcsCoverage.SpecialCoverageInstructions,
                'I' => HcpcsCoverage.NotPayableByMedicare,
                'M' => HcpcsCoverage.NotCoveredByMedicare,
                _ => HcpcsCoverage.NotCoveredByStatute,
            },
            IsAscApproved = r.OptionalText(231, 232) switch
            {
                null => false,
                "YY" => true,
                var other => throw r.Error(231, $"Columns 231-232 (ASC payment group) hold YY or blanks, not {MessageText.Quote(other)}."),
            },
            AscPaymentGroupEffectiveDate = Date(r, 233, "the ASC payment group effective date"),
            MogPaymentGroup = r.OptionalText(241, 243),
            MogPaymentPolicyIndicator = OptionalChar(r, 244, "1234679", "the MOG payment policy indicator"),
            MogEffectiveDate = Date(r, 245, "the MOG effective date"),
            ProcessingNoteNumber = r.OptionalText(253, 256),
            Betos = r.OptionalText(257, 259),
            TypesOfService = [.. Repeated(r, 261, 1, 5).Select(t => t[0])],
            AnesthesiaBaseUnits = r.OptionalText(266, 268) is { } units
                ? int.TryParse(units, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw r.Error(266, $"Columns 266-268 (anesthesia base units) hold a number, not {MessageText.Quote(units)}.")
                : null,
            AddedDate = Date(r, 269, "the date the code was added"),
            ActionEffectiveDate = Date(r, 277, "the action effective date"),
            TerminationDate = Date(r, 285, "the termination date"),
            ActionCode = r.Char(293) switch
            {
                'A' => HcpcsActionCode.Added,
                'B' => HcpcsActionCode.AdministrativeDataAndLongDescriptionChanged,
                'C' => HcpcsActionCode.LongDescriptionChanged,
                'D' => HcpcsActionCode.Discontinued,
                'F' => HcpcsActionCode.AdministrativeDataChanged,
                'N' => HcpcsActionCode.NoChange,
                'P' => HcpcsActionCode.PaymentChanged,
                'R' => HcpcsActionCode.Reactivated,
                'S' => HcpcsActionCode.ShortDescriptionChanged,
                'T' => HcpcsActionCode.MiscellaneousChange,
                var other => throw r.Error(293, $"Column 293 (action code) must be one of A, B, C, D, F, N, P, R, S, T, not {MessageText.Quote(other)}."),
            },
            LineNumber = r.LineNumber,
            LineCount = 1,
        };
        r.ExpectBlank(260, 260, "column 260 is filler");
        r.ExpectBlank(294, RecordWidth, "columns 294-320 are filler");
        if (record.TypesOfService.Count == 0 && kind == HcpcsRecordKind.Procedure)
        {
            throw r.Error(261, "A procedure has one to five type of service codes in columns 261-265.");
        }

        var pending = new Pending(record, code, kind) { LastSequence = record.SequenceNumber };
        pending.Description.Append(r.Text(12, DescriptionEnd));
        return pending;
    }

    private static string ReadCode(FixedWidthLine r, HcpcsRecordKind kind)
    {
        if (kind == HcpcsRecordKind.Procedure)
        {
            var code = r.Raw(1, 5);
            if (!HcpcsCode.TryParse(code, out _, out var error) || !code.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)))
            {
                throw r.Error(1, $"Columns 1-5 must hold a HCPCS Level II code (a letter A-V and four digits), not {MessageText.Quote(code)}: {error}");
            }

            return code;
        }

        r.ExpectBlank(1, 3, "a modifier record has its code in columns 4-5");
        var modifier = r.Raw(4, 5);
        if (!modifier.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)))
        {
            throw r.Error(4, $"Columns 4-5 must hold a two-character modifier, not {MessageText.Quote(modifier)}.");
        }

        return modifier;
    }

    private sealed class Pending(HcpcsRecord record, string code, HcpcsRecordKind kind)
    {
        public HcpcsRecord Record { get; } = record;

        public string Code { get; } = code;

        public HcpcsRecordKind Kind { get; } = kind;

        public StringBuilder Description { get; } = new(80);

        public int LastSequence { get; set; }

        public int LineCount { get; set; } = 1;
    }

    /// <summary>Returns a line checked to be a record line: at most <see cref="RecordWidth"/> columns of printable ASCII.</summary>
    private static FixedWidthLine Record(FixedWidthLine line)
    {
        if (line.Length > RecordWidth)
        {
            throw line.Error($"The line has {line.Length} characters; a record has {RecordWidth}.");
        }

        if (line.FindNonPrintableAscii() is > 0 and var column)
        {
            throw line.Error(column, $"unexpected byte 0x{line.Bytes[column - 1]:X2}; records are printable ASCII.");
        }

        return line;
    }

    private static char? OptionalChar(FixedWidthLine r, int column, string allowed, string what)
    {
        var c = r.Char(column);
        if (c == ' ')
        {
            return null;
        }

        return allowed.Contains(c, StringComparison.Ordinal) ? c : throw r.Error(column, $"Column {column} ({what}) must be blank or one of {string.Join(", ", allowed.ToCharArray())}, not {MessageText.Quote(c)}.");
    }

    /// <summary>Returns the non-blank occurrences of a repeated field, which are filled from the left.</summary>
    private static IReadOnlyList<string> Repeated(FixedWidthLine r, int first, int width, int occurs)
    {
        List<string>? values = null;
        var blankSeen = false;
        for (var i = 0; i < occurs; i++)
        {
            var start = first + (i * width);
            var value = r.Raw(start, start + width - 1);
            if (string.IsNullOrWhiteSpace(value))
            {
                blankSeen = true;
                continue;
            }

            if (blankSeen)
            {
                throw r.Error(start, $"Occurrence {i + 1} of the field at columns {first}-{first + (width * occurs) - 1} follows a blank one; occurrences are filled from the left.");
            }

            (values ??= []).Add(value.Trim());
        }

        return values is null ? [] : [.. values];
    }

    private static DateOnly? Date(FixedWidthLine r, int first, string what)
    {
        var text = r.Raw(first, first + 7);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw r.Error(first, $"Columns {first}-{first + 7} ({what}) must be a date YYYYMMDD or blank, not {MessageText.Quote(text)}.");
    }
}
