// A real OpenID Connect provider for the end-to-end tests: node provider.mjs <port>
// The login form accepts any login name with any password (oidc-provider's development
// interactions); the claims come from ACCOUNTS below or are made up from the login name.
import Provider from 'oidc-provider';

const port = Number(process.argv[2]);
const issuer = `http://127.0.0.1:${port}`;

const ACCOUNTS = {
  'grace': { given_name: 'Grace', family_name: 'Hopper', email: 'grace.hopper@example.test',
             preferred_username: 'ghopper' },
};

function claimsOf(id) {
  const known = ACCOUNTS[id];
  const claims = known ?? { given_name: id, family_name: 'Tester',
                            email: `${id}@example.test`, preferred_username: id };
  return { ...claims, name: `${claims.given_name} ${claims.family_name}`, email_verified: true };
}

const provider = new Provider(issuer, {
  clients: [{
    client_id: 'iam-console',
    application_type: 'native',
    token_endpoint_auth_method: 'none',
    redirect_uris: ['http://127.0.0.1/callback'],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
  }, {
    client_id: 'other-app',
    application_type: 'native',
    token_endpoint_auth_method: 'none',
    redirect_uris: ['http://127.0.0.1/callback'],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
  }],
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'given_name', 'family_name', 'preferred_username'],
  },
  scopes: ['openid', 'offline_access', 'email', 'profile'],
  async findAccount(ctx, id) {
    return { accountId: id, async claims() { return { sub: id, ...claimsOf(id) }; } };
  },
  cookies: { keys: ['iam-console-tests-only'] },
  ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, RefreshToken: 86400,
         Interaction: 600, Session: 3600, Grant: 86400 },
});
provider.proxy = false;

provider.listen(port, '127.0.0.1', () => {
  process.stdout.write(`ready ${issuer}\n`);
});
