// Opens the API's GraphiQL with the current access token in its headers (GraphiQL keeps its
// headers in this origin's local storage), for exploring the API as the signed-in user.
export function openGraphiql(accessToken: string) {
  localStorage.setItem(
    'graphiql:headers',
    JSON.stringify({ Authorization: `Bearer ${accessToken}` }, null, 2),
  );
  window.open('/graphql', '_blank', 'noopener');
}
