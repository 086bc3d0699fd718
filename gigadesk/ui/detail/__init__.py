"""The detail pane: one package's validity, data used, prices and refund checklist."""
