"""One repository module per aggregate. Every function takes the session as a keyword
(``session=``) and neither commits nor opens transactions: ``storage.uow`` does."""
