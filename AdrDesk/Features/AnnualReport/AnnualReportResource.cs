namespace AdrDesk.Features.AnnualReport;

/// <summary>
/// Marker for the annual report's strings: AnnualReportResource.resx (Dutch, the default), .en.resx, .de.resx. The
/// text on cooperation with other bodies (art. 7(2)(g)) is the key <c>Report.Cooperation.Text</c> there.
/// </summary>
public sealed class AnnualReportResource;
