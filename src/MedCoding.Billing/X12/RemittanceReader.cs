using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using MedCoding.Billing.X12.IO;
using MedCoding.CodeSets;

namespace MedCoding.Billing.X12;

/// <summary>
/// Reads an X12 835 health care claim payment/advice (005010X221A1) into remittances: payments, claims, service lines, adjustments and remark codes.
/// </summary>
/// <remarks>
/// <para>
/// The envelopes are checked: ISA/IEA control numbers and group count, GS/GE control numbers and
/// transaction count, ST/SE control numbers and segment count; so is the loop structure (a patient's name, NM1*QC,
/// outside a claim's CLP is an error naming the segment). The file is read one segment at a time, at most
/// <see cref="InputLimits.RemittanceChars"/> characters of it. A malformed file throws one
/// <see cref="X12FormatException"/> naming the segment index and element position at fault, never a
/// half-read result and never the value found.
/// </para>
/// <para>
/// Segments the reader does not need (REF, PER, N3, N4, TS3, AMT other than B6, QTY...) are skipped;
/// patient and insured names (NM1 in the claim loop) are never kept.
/// </para>
/// </remarks>
public static class RemittanceReader
{
    /// <summary>Returns the remittances in an 835 interchange, one per ST/SE transaction.</summary>
    /// <param name="text">The interchange text.</param>
    /// <returns>The remittances, in file order.</returns>
    /// <exception cref="X12FormatException">The file is not a well-formed 835.</exception>
    public static IReadOnlyList<Remittance> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Read(reader);
    }

    /// <summary>Returns the remittances in an 835 interchange read to the end of <paramref name="reader"/>, one segment at a time.</summary>
    /// <param name="reader">The text reader; not closed.</param>
    /// <returns>The remittances, in file order.</returns>
    /// <exception cref="X12FormatException">The file is not a well-formed 835, or it is longer than <see cref="InputLimits.RemittanceChars"/> characters (reading stops there).</exception>
    /// <remarks>Memory grows with the remittances returned, not with the file: only the segment being read is kept. To keep
    /// less than every claim, read with <see cref="ReadClaims"/>.</remarks>
    public static IReadOnlyList<Remittance> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var remittances = new List<Remittance>();
        var claims = new List<ClaimPayment>();
        ReadClaims(
            reader,
            (_, claim) => claims.Add(claim),
            summary =>
            {
                remittances.Add(summary.WithClaims(claims));
                claims.Clear();
            });
        return remittances;
    }

    /// <summary>
    /// Reads an 835 interchange to the end of <paramref name="reader"/>, one segment at a time, giving each claim to
    /// <paramref name="claimRead"/> as soon as it is read and each remittance, without its claims, to
    /// <paramref name="remittanceRead"/> once its transaction is read; nothing read is kept.
    /// </summary>
    /// <param name="reader">The text reader; not closed.</param>
    /// <param name="claimRead">Called with each claim (its CLP loop, with its service lines) and the payment (BPR, TRN) of the remittance it belongs to, in file order.</param>
    /// <param name="remittanceRead">Called after each transaction's SE segment with the remittance's payment, parties, provider adjustments and claim totals; <see langword="null"/> when not needed.</param>
    /// <exception cref="X12FormatException">The file is not a well-formed 835, or it is longer than <see cref="InputLimits.RemittanceChars"/> characters (reading stops there).</exception>
    /// <remarks>
    /// <para>
    /// Memory does not grow with the file: only the segment and the claim being read are kept, and what the callbacks keep.
    /// </para>
    /// <para>
    /// The file is checked as it is read, so a claim given to <paramref name="claimRead"/> may belong to a file found
    /// malformed later (a wrong SE segment count, a missing IEA): the exception comes when the fault is read. A caller that
    /// must not act on a malformed file reads it twice (check, then act) or acts on what it derived only once this method has returned.
    /// </para>
    /// </remarks>
    public static void ReadClaims(TextReader reader, Action<RemittancePayment, ClaimPayment> claimRead, Action<RemittanceSummary>? remittanceRead = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(claimRead);
        new Parser(new SegmentReader(reader), claimRead, remittanceRead).Run();
    }

    /// <summary>Returns whether <paramref name="text"/> is a well-formed 835, with the remittances or the error.</summary>
    /// <param name="text">The interchange text.</param>
    /// <param name="remittances">The remittances, when well formed.</param>
    /// <param name="error">The error naming the segment and element at fault, when not.</param>
    /// <returns><see langword="true"/> when the file was read.</returns>
    public static bool TryRead(string text, [NotNullWhen(true)] out IReadOnlyList<Remittance>? remittances, [NotNullWhen(false)] out X12FormatException? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            remittances = Read(text);
            error = null;
            return true;
        }
        catch (X12FormatException e)
        {
            remittances = null;
            error = e;
            return false;
        }
    }

    private sealed class Parser(SegmentReader segments, Action<RemittancePayment, ClaimPayment> claimRead, Action<RemittanceSummary>? remittanceRead)
    {
        // The segment at the cursor, or null at the end of the file.
        private Segment? _current;

        // The adjustments read so far, each distinct one once.
        private readonly Dictionary<Adjustment, Adjustment> _adjustments = [];

        // The transaction being read.
        private RemittancePayment? _payment;
        private string? _payerName;
        private string? _payeeName;
        private string? _payeeId;
        private DateOnly? _productionDate;
        private int _claimCount;
        private decimal _claimsPaid;
        private List<ProviderAdjustment> _providerAdjustments = [];

        private Segment? _bpr;
        private bool _sawProviderAdjustment;

        // The claim and service being read.
        private ClaimBuilder? _claim;
        private ServiceBuilder? _service;

        public void Run()
        {
            var isa = segments.Next()!;
            var interchangeControl = isa.Required(13, "the interchange control number");
            var groups = 0;
            Advance();
            while (_current?.Id == "GS")
            {
                ReadGroup();
                groups++;
            }

            var iea = _current ?? throw End("IEA");
            if (iea.Id != "IEA")
            {
                throw iea.Error(0, groups == 0 ? "expected a GS functional group." : "expected GS or IEA.");
            }

            if (iea.Required(1, "the number of functional groups") != groups.ToString(CultureInfo.InvariantCulture))
            {
                throw iea.Error(1, "the number of functional groups does not match the GS segments in the interchange.");
            }

            if (iea.Required(2, "the interchange control number") != interchangeControl)
            {
                throw iea.Error(2, "the interchange control number does not match ISA13.");
            }

            Advance();
            if (_current is not null)
            {
                throw _current.Error(0, "nothing may follow the IEA segment.");
            }
        }

        private void Advance() => _current = segments.Next();

        private void ReadGroup()
        {
            var gs = _current!;
            if (gs.Required(1, "the functional identifier code HP") != "HP")
            {
                throw gs.Error(1, "expected HP (health care claim payment/advice).");
            }

            var groupControl = gs.Required(6, "the group control number");
            var transactions = 0;
            Advance();
            while (_current?.Id == "ST")
            {
                ReadTransaction();
                transactions++;
            }

            var ge = _current ?? throw End("GE");
            if (ge.Id != "GE")
            {
                throw ge.Error(0, transactions == 0 ? "expected an ST transaction." : "expected ST or GE.");
            }

            if (ge.Required(1, "the number of transaction sets") != transactions.ToString(CultureInfo.InvariantCulture))
            {
                throw ge.Error(1, "the number of transaction sets does not match the ST segments in the group.");
            }

            if (ge.Required(2, "the group control number") != groupControl)
            {
                throw ge.Error(2, "the group control number does not match GS06.");
            }

            Advance();
        }

        private void ReadTransaction()
        {
            var st = _current!;
            if (st.Required(1, "the transaction set id 835") != "835")
            {
                throw st.Error(1, "expected 835 (health care claim payment/advice).");
            }

            var control = st.Required(2, "the transaction set control number");
            Reset();
            Advance();
            while (_current is { Id: not "SE" } segment)
            {
                Read(segment);
                Advance();
            }

            var se = _current ?? throw End("SE");
            FinishClaim();
            if (se.Required(1, "the number of segments") != (se.Index - st.Index + 1).ToString(CultureInfo.InvariantCulture))
            {
                throw se.Error(1, "the segment count does not match the segments from ST to SE.");
            }

            if (se.Required(2, "the transaction set control number") != control)
            {
                throw se.Error(2, "the transaction set control number does not match ST02.");
            }

            var summary = new RemittanceSummary(
                _payment ?? throw se.Error(0, "the transaction has no BPR and TRN segments."),
                _payerName ?? throw se.Error(0, "the transaction has no payer (N1*PR)."),
                _claimCount,
                _claimsPaid,
                _providerAdjustments,
                _payeeName,
                _payeeId,
                _productionDate);
            remittanceRead?.Invoke(summary);
            Advance();
        }

        private void Reset()
        {
            _payment = null;
            _payerName = _payeeName = _payeeId = null;
            _productionDate = null;
            _claimCount = 0;
            _claimsPaid = 0;
            _providerAdjustments = [];
            _claim = null;
            _service = null;
            _bpr = null;
            _sawProviderAdjustment = false;
        }

        private void Read(Segment s)
        {
            switch (s.Id)
            {
                case "ISA" or "IEA" or "GS" or "GE" or "ST":
                    throw s.Error(0, "an envelope segment inside a transaction; expected SE first.");
                case "BPR":
                    if (_bpr is not null)
                    {
                        throw s.Error(0, "a second BPR segment in one transaction.");
                    }

                    _bpr = s;
                    s.Required(1, "the transaction handling code");
                    s.Amount(2, "the total payment amount");
                    if (s.Required(3, "C or D") is not ("C" or "D"))
                    {
                        throw s.Error(3, "expected C (credit) or D (debit).");
                    }

                    s.Required(4, "the payment method code");
                    s.Date(16, "the payment date");
                    break;
                case "TRN":
                    if (_bpr is null)
                    {
                        throw s.Error(0, "TRN comes after BPR.");
                    }

                    _payment = new RemittancePayment(
                        _bpr[1], _bpr.Amount(2, "the total payment amount"), _bpr[3], _bpr[4], _bpr.Date(16, "the payment date"),
                        s.Required(2, "the check or EFT trace number"), s.Optional(3));
                    break;
                case "DTM" when _claim is null && s[1] == "405":
                    _productionDate = s.Date(2, "the production date");
                    break;
                case "N1" when _claim is null:
                    if (s[1] == "PR")
                    {
                        _payerName = s.Required(2, "the payer name");
                    }
                    else if (s[1] == "PE")
                    {
                        _payeeName = s.Required(2, "the payee name");
                        _payeeId = s.Optional(4);
                    }

                    break;
                case "CLP" when _sawProviderAdjustment:
                    throw s.Error(0, "a claim after the provider adjustments (PLB); PLB segments end the transaction.");
                case "CLP":
                    RequirePayment(s);
                    FinishClaim();
                    _claim = new ClaimBuilder(s);
                    break;
                case "CAS":
                    ReadAdjustments(s);
                    break;
                case "NM1" when s[1] is "QC" or "IL" or "74" or "82" or "TT" or "PR" or "GB":
                    // The names of loop 2100 (patient, insured, corrected patient, rendering provider, crossover and
                    // corrected payers) belong to a claim: they are checked, never kept.
                    RequireClaim(s);
                    break;
                case "MOA":
                    RequireClaim(s).RemarkCodes.AddRange(Enumerable.Range(3, 5).Select(p => s[p]).Where(r => r.Length > 0));
                    break;
                case "MIA":
                    RequireClaim(s).RemarkCodes.AddRange(new[] { 5, 20, 21, 22, 23 }.Select(p => s[p]).Where(r => r.Length > 0));
                    break;
                case "SVC":
                    RequireClaim(s);
                    FinishService();
                    _service = new ServiceBuilder(s);
                    break;
                case "DTM" when _service is not null && s[1] is "472" or "150":
                    _service.ServiceDate = s.Date(2, "the date of service");
                    break;
                case "REF" when _service is not null && s[1] == "6R":
                    _service.ControlNumber = s.Required(2, "the line item control number");
                    break;
                case "AMT" when _service is not null && s[1] == "B6":
                    _service.AllowedAmount = s.Amount(2, "the allowed amount");
                    break;
                case "LQ":
                    if (_service is null)
                    {
                        throw s.Error(0, "LQ (remark code) belongs to a service line; expected SVC before it.");
                    }

                    if (s.Required(1, "the code list qualifier HE or RX") == "HE")
                    {
                        _service.RemarkCodes.Add(s.Required(2, "the remittance advice remark code"));
                    }

                    break;
                case "PLB":
                    RequirePayment(s);
                    FinishClaim();
                    ReadProviderAdjustments(s);
                    _sawProviderAdjustment = true;
                    break;
                default:
                    // Segments the remittance model does not carry (REF, PER, N3, N4, LX, TS3, NM1, QTY...).
                    break;
            }
        }

        /// <summary>Returns an equal adjustment read before (adjustments are immutable and repeat from claim to claim), or this one.</summary>
        private Adjustment Shared(Adjustment adjustment)
        {
            if (_adjustments.TryGetValue(adjustment, out var shared))
            {
                return shared;
            }

            if (_adjustments.Count < 1 << 16)
            {
                _adjustments.Add(adjustment, adjustment);
            }

            return adjustment;
        }

        private void RequirePayment(Segment s)
        {
            if (_payment is null)
            {
                throw s.Error(0, "the BPR and TRN segments come before any claim or provider adjustment.");
            }
        }

        private ClaimBuilder RequireClaim(Segment s) =>
            _claim ?? throw s.Error(0, $"{s.Id} belongs to a claim (loop 2100); expected CLP before it.");

        private void ReadAdjustments(Segment s)
        {
            var claim = RequireClaim(s);
            if (!AdjustmentGroupCodes.TryParse(s.Required(1, "the claim adjustment group code"), out var group))
            {
                throw s.Error(1, "expected the group code CO, PR, OA or PI.");
            }

            var target = _service?.Adjustments ?? claim.Adjustments;
            var any = false;
            for (var p = 2; p <= 17; p += 3)
            {
                if (s[p].Length == 0)
                {
                    if (s[p + 1].Length > 0)
                    {
                        throw s.Error(p, "an adjustment amount without a reason code.");
                    }

                    continue;
                }

                target.Add(Shared(new Adjustment(group, s[p], s.Amount(p + 1, "the adjustment amount"), s.OptionalAmount(p + 2, "the adjustment quantity"))));
                any = true;
            }

            if (!any)
            {
                throw s.Error(2, "required: expected a claim adjustment reason code.");
            }
        }

        private void ReadProviderAdjustments(Segment s)
        {
            var provider = s.Required(1, "the provider identifier");
            var period = s.Date(2, "the fiscal period date");
            var any = false;
            for (var p = 3; p <= 13; p += 2)
            {
                if (s[p].Length == 0)
                {
                    continue;
                }

                var reason = s.Components(p);
                if (reason[0].Length == 0)
                {
                    throw s.Error(p, "required: expected the adjustment reason code.");
                }

                _providerAdjustments.Add(new ProviderAdjustment(provider, period, reason[0], reason.Length > 1 && reason[1].Length > 0 ? reason[1] : null, s.Amount(p + 1, "the provider adjustment amount")));
                any = true;
            }

            if (!any)
            {
                throw s.Error(3, "required: expected an adjustment reason and amount.");
            }
        }

        private void FinishService()
        {
            if (_service is not null)
            {
                _claim!.Services.Add(_service.Build());
                _service = null;
            }
        }

        private void FinishClaim()
        {
            FinishService();
            if (_claim is not null)
            {
                var claim = _claim.Build();
                var clp = _claim.Segment;
                _claim = null;
                _claimCount++;
                try
                {
                    _claimsPaid += claim.PaidAmount;
                }
                catch (OverflowException)
                {
                    throw clp.Error(4, "the claim payments of the transaction add up to more than any amount can be.");
                }

                claimRead(_payment!, claim);
            }
        }

        private X12FormatException End(string expected) =>
            new(segments.Count + 1, expected, 0, $"the file ends without its {expected} segment.");
    }

    private sealed class ClaimBuilder
    {
        private readonly string _id;
        private readonly RemittanceClaimStatus _status;
        private readonly decimal _charge;
        private readonly decimal _paid;
        private readonly decimal? _patient;
        private readonly string? _payerControl;
        private readonly string? _filing;
        private readonly string? _facility;

        public ClaimBuilder(Segment s)
        {
            Segment = s;
            _id = s.Required(1, "the patient control number");
            var status = s.Required(2, "the claim status code");
            if (!int.TryParse(status, NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                || !Enum.IsDefined((RemittanceClaimStatus)code))
            {
                throw s.Error(2, "expected a claim status code (1, 2, 3, 4, 19, 20, 21, 22, 23 or 25).");
            }

            _status = (RemittanceClaimStatus)code;
            _charge = s.Amount(3, "the total claim charge");
            _paid = s.Amount(4, "the claim payment amount");
            _patient = s.OptionalAmount(5, "the patient responsibility amount");
            _filing = s.Optional(6);
            _payerControl = s.Optional(7);
            _facility = s.Optional(8);
        }

        public Segment Segment { get; }

        public List<Adjustment> Adjustments { get; } = [];

        public List<string> RemarkCodes { get; } = [];

        public List<ServicePayment> Services { get; } = [];

        public ClaimPayment Build() =>
            new(_id, _status, _charge, _paid, Adjustments, RemarkCodes, Services, _patient, _payerControl, _filing, _facility);
    }

    private sealed class ServiceBuilder
    {
        private readonly string _qualifier;
        private readonly string _code;
        private readonly string[] _modifiers;
        private readonly decimal _charge;
        private readonly decimal _paid;
        private readonly string? _revenue;
        private readonly decimal _units;

        public ServiceBuilder(Segment s)
        {
            var procedure = s.Components(1);
            if (procedure.Length < 2 || procedure[0].Length == 0 || procedure[1].Length == 0)
            {
                throw s.Error(1, "required: expected a composite of qualifier and procedure code (HC:99214).");
            }

            _qualifier = procedure[0];
            _code = procedure[1];
            _modifiers = procedure.Skip(2).Take(4).Where(m => m.Length > 0).ToArray();
            _charge = s.Amount(2, "the line charge");
            _paid = s.Amount(3, "the line payment");
            _revenue = s.Optional(4);
            _units = s.OptionalAmount(5, "the units paid") ?? 1;
        }

        public List<Adjustment> Adjustments { get; } = [];

        public List<string> RemarkCodes { get; } = [];

        public DateOnly? ServiceDate { get; set; }

        public string? ControlNumber { get; set; }

        public decimal? AllowedAmount { get; set; }

        public ServicePayment Build() =>
            new(_qualifier, _code, _modifiers, _charge, _paid, Adjustments, RemarkCodes, _revenue, _units, ServiceDate, ControlNumber, AllowedAmount);
    }
}
