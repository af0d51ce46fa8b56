namespace AdrDesk.Features.Statistics;

/// <summary>Marker for the activity report's strings: StatisticsResource.resx (Dutch, the default), .en.resx, .de.resx.</summary>
public sealed class StatisticsResource;
