[assembly: System.Resources.NeutralResourcesLanguage("nl")]
