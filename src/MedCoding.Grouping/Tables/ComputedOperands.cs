namespace MedCoding.Grouping.Tables;

/// <summary>The ids of the operands the grouper computes from the case rather than reads from a code's row.</summary>
internal sealed class ComputedOperands
{
    public ComputedOperands(OperandCatalog catalog)
    {
        Alive = catalog.Intern("ALIVE");
        Died = catalog.Intern("DIED");
        Ama = catalog.Intern("AMA");
        TransferredToAcute = catalog.Intern("XFRNBA");
        InvalidDischargeStatus = catalog.Intern("INVALID_DSTAT");
        InvalidPdx = catalog.Intern("INVALID_PDX");
        InvalidSex = catalog.Intern("INVALID_SEX");
        PdxECode = catalog.Intern("PDX_ECODE");
        ErrorDrg = catalog.Intern("ERRORDRG");
        AnyDx = catalog.Intern("ANYDX");
        Bilateral = catalog.Intern("BILATERAL");
        MultipleSignificantTrauma = catalog.Intern("MULTST");
        FourStents = catalog.Intern("FOUR_STENTS");
        FourVessels = catalog.Intern("FOUR_VESSELS");
        SingleFusionCounter = catalog.Intern("SINGLEFUSIONCTR");
        SingleAnteriorCounter = catalog.Intern("SGLANTCTR");
        SingleAnteriorSectionCounter = catalog.Intern("SGLANTSECTXCTR");
        SinglePosteriorFusionCounter = catalog.Intern("SGLPOSTFUSECTR");
        SinglePosterior1Counter = catalog.Intern("SGLPOST1CTR");
        OrProcedure = catalog.Intern("ORPROC");
        Mdc = new int[100];
        for (var mdc = 0; mdc < Mdc.Length; mdc++)
        {
            Mdc[mdc] = catalog.Intern($"MDC{mdc:00}");
        }

        ECode = catalog.Intern("ecode");
        MccAlive = catalog.Intern("mccalive");
        SignificantTrauma = catalog.Intern("strauma");
        ExtensiveOr = catalog.Intern("d468");
        NonExtensiveOr = catalog.Intern("d477");
        OrNecessary = catalog.Intern("ornec");
        LowerExtremityJoints = [.. new[] { "lefthip", "righthip", "leftknee", "rightknee", "leftankle", "rightankle" }.Select(catalog.Intern)];
        Stents = [catalog.Intern("stent1"), catalog.Intern("stent2"), catalog.Intern("stent3"), catalog.Intern("stent4")];
        Vessels = [catalog.Intern("vessel1"), catalog.Intern("vessel2"), catalog.Intern("vessel3"), catalog.Intern("vessel4")];
        SingleAnteriorFusion = catalog.Intern("sglantfuse");
        SinglePosteriorFusion = catalog.Intern("sglpostfuse");
        SinglePosteriorFusion1 = catalog.Intern("sglpostfuse1");
        SingleAnteriorSectionFusion = catalog.Intern("sglantsectXfuse");
    }

    public int Alive { get; }
    public int Died { get; }
    public int Ama { get; }
    public int TransferredToAcute { get; }
    public int InvalidDischargeStatus { get; }
    public int InvalidPdx { get; }
    public int InvalidSex { get; }
    public int PdxECode { get; }
    public int ErrorDrg { get; }
    public int AnyDx { get; }
    public int Bilateral { get; }
    public int MultipleSignificantTrauma { get; }
    public int FourStents { get; }
    public int FourVessels { get; }
    public int SingleFusionCounter { get; }
    public int SingleAnteriorCounter { get; }
    public int SingleAnteriorSectionCounter { get; }
    public int SinglePosteriorFusionCounter { get; }
    public int SinglePosterior1Counter { get; }
    public int OrProcedure { get; }
    public int[] Mdc { get; }

    // Stored operands the computed ones are made from.
    public int ECode { get; }
    public int MccAlive { get; }
    public int SignificantTrauma { get; }
    public int ExtensiveOr { get; }
    public int NonExtensiveOr { get; }
    public int OrNecessary { get; }
    public int[] LowerExtremityJoints { get; }
    public int[] Stents { get; }
    public int[] Vessels { get; }
    public int SingleAnteriorFusion { get; }
    public int SinglePosteriorFusion { get; }
    public int SinglePosteriorFusion1 { get; }
    public int SingleAnteriorSectionFusion { get; }

    /// <summary>The body-site groups of significant trauma (<c>sthead</c>, <c>stchest</c> ...), filled in by the loader.</summary>
    public int[] TraumaSites { get; set; } = [];
}
